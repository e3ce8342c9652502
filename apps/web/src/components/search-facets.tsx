import { Checkbox, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SearchFacetsView } from '../api/search';
import { formatNumber } from '../i18n/format';
import { currentLanguage } from '../i18n/i18n';
import { stateName } from './mx-states';
import type { SearchState } from './search-url-state';
import type { VocabularyNode } from './vocabulary-types';

type ListKey = 'processes' | 'certifications' | 'states';

// Long facet lists stay readable: the ten largest values, plus any the buyer already picked.
const SHOWN = 10;

/** The facet counts beside the results; ticking a value filters by it (and the address keeps it). */
export function SearchFacetsPanel({
  facets,
  state,
  nodes,
  onToggle,
}: {
  facets: SearchFacetsView;
  state: SearchState;
  nodes: Map<string, VocabularyNode>;
  onToggle: (key: ListKey, code: string) => void;
}) {
  const { t } = useTranslation('search');
  const language = currentLanguage();
  // The engine may estimate counts at scale: "about 120" then, never a false exact number.
  const count = (value: number) => t(facets.exact ? 'facets.count' : 'facets.about', { formatted: formatNumber(value) });
  const nameOf = (key: ListKey, code: string) => (key === 'states' ? stateName(code) : (nodes.get(code)?.name[language] ?? code));

  const group = (key: ListKey, values: Array<{ code: string; count: number }>) => {
    const picked = state[key];
    const shown = values.filter((value, index) => index < SHOWN || picked.includes(value.code));
    if (shown.length === 0) return null;
    const titleId = `facet-${key}`;
    return (
      <Stack gap={6} key={key} role="group" aria-labelledby={titleId}>
        <Title order={3} size="h5" id={titleId}>
          {t(`facets.${key}`)}
        </Title>
        {shown.map((value) => (
          <Checkbox
            key={value.code}
            size="sm"
            checked={picked.includes(value.code)}
            onChange={() => onToggle(key, value.code)}
            label={`${nameOf(key, value.code)} (${count(value.count)})`}
          />
        ))}
      </Stack>
    );
  };

  const levels = facets.verificationLevels.filter((level) => level.count > 0);
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="search-facets-title">
      <Stack gap="md">
        <Title order={2} size="h4" id="search-facets-title">
          {t('facets.title')}
        </Title>
        {group('states', facets.states)}
        {group('processes', facets.processes)}
        {group('certifications', facets.certifications)}
        {levels.length > 0 && (
          <Stack gap={4}>
            <Title order={3} size="h5">
              {t('facets.verificationLevels')}
            </Title>
            {levels.map((level) => (
              <Text size="sm" key={level.level}>
                {t(`levels.${level.level}`, { defaultValue: level.level })} ({count(level.count)})
              </Text>
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
