import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SearchQueryUnderstanding } from '../api/search';
import { formatNumber } from '../i18n/format';
import { currentLanguage } from '../i18n/i18n';

function Term({ label, children }: { label: string; children: string }) {
  return (
    <Badge component="li" variant="default" c="dark.7" tt="none" fw={500} size="lg" radius="sm" styles={{ root: { height: 'auto', minHeight: 26, whiteSpace: 'normal' }, label: { whiteSpace: 'normal', overflow: 'visible', textAlign: 'start' } }}>
      <Text span size="sm" fw={700}>
        {label}:
      </Text>{' '}
      {children}
    </Badge>
  );
}

/** How the API read the buyer's words: concepts, industry classes, certifications, place and quantity. */
export function SearchUnderstanding({ query }: { query: SearchQueryUnderstanding }) {
  const { t } = useTranslation('search');
  const language = currentLanguage();
  const terms = [
    ...query.concepts.map((concept) => ({ key: `c-${concept.code}`, label: t(`understood.kinds.${concept.kind}`), text: t('understood.matched', { words: concept.matched, name: concept.name[language] }) })),
    ...query.scian.map((scian) => ({ key: `s-${scian.code}`, label: t('understood.scian'), text: t('understood.scianText', { words: scian.matched, code: scian.code, title: scian.title, naics: scian.naics.code }) })),
    ...query.certifications.map((certification) => ({ key: `r-${certification.code}`, label: t('understood.certification'), text: certification.name[language] })),
    ...(query.place ? [{ key: 'place', label: t('understood.place'), text: query.place.name }] : []),
    ...(query.zip ? [{ key: 'zip', label: t('understood.zip'), text: query.zip }] : []),
    ...(query.quantity
      ? [{ key: 'quantity', label: t('understood.quantity'), text: query.quantity.unit ? `${formatNumber(query.quantity.value)} ${query.quantity.unit}` : formatNumber(query.quantity.value) }]
      : []),
    ...(query.freeText.trim() ? [{ key: 'free', label: t('understood.freeText'), text: query.freeText.trim() }] : []),
  ];
  if (!query.text.trim()) return null;
  return (
    <Paper withBorder p="sm" radius="md" component="section" aria-labelledby="search-understood" data-testid="search-understood">
      <Stack gap={6}>
        <Text id="search-understood" size="sm" fw={700}>
          {t('understood.title', { text: query.text })}
        </Text>
        {terms.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('understood.nothing')}
          </Text>
        ) : (
          <Group gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {terms.map((term) => (
              <Term key={term.key} label={term.label}>
                {term.text}
              </Term>
            ))}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
