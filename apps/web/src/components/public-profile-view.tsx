import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfileFieldsResponse, SupplierResponse } from '../api/api-client';
import type { ListingView } from '../api/claims';
import { formatDate } from '../i18n/format';
import { CertificationStatusBadge } from './certification-status';
import { FactOrigin } from './fact-origin';
import { ListingClaimedBadge } from './listing-claimed-badge';
import { ListingPanel } from './listing-panel';
import { PublicProfileFacts } from './public-profile-facts';
import { SupplierPlantCard } from './supplier-plant-card';
import { VerificationBadge } from './verification-badge';
import type { Lang, VocabularyNode } from './vocabulary-types';

const KINDS = ['processes', 'materials', 'industries'] as const;

function Section({ id, title, origin, children }: { id: string; title: string; origin?: ReactNode; children: ReactNode }) {
  return (
    <Stack gap="xs" component="section" aria-labelledby={id}>
      <Group gap="xs" wrap="wrap">
        <Title order={2} size="h3" id={id}>
          {title}
        </Title>
        {origin}
      </Group>
      {children}
    </Stack>
  );
}

/**
 * What a buyer reads: the name, level, description in the reader's language, capabilities, plants, certifications, facts.
 * A registry listing also shows where it came from and, on each fact, whether the registry or the company wrote it.
 */
export function PublicProfileView({
  supplier,
  fields,
  nodes,
  language,
  listing = null,
}: {
  supplier: SupplierResponse;
  fields: ProfileFieldsResponse;
  nodes: Map<string, VocabularyNode>;
  language: Lang;
  listing?: ListingView | null;
}) {
  const origins = listing?.factOrigins;
  const { t } = useTranslation('suppliers');
  const name = fields.tradeName || fields.legalName || t('public.unnamed');
  // The reader's language when the supplier wrote it; otherwise the other one, marked with its language.
  const descriptionLanguage: Lang | null = fields.description[language] ? language : fields.description.es ? 'es' : fields.description.en ? 'en' : null;
  const nameOf = (code: string) => nodes.get(code)?.name[language] ?? code;

  return (
    <Stack gap="lg" maw={880}>
      <Stack gap={6}>
        <Title order={1} style={{ overflowWrap: 'anywhere' }}>
          {name}
        </Title>
        {fields.tradeName && fields.legalName && <Text c="dimmed">{fields.legalName}</Text>}
        {origins && (
          <Group gap="xs">
            <FactOrigin origins={origins} fact={fields.tradeName ? 'tradeName' : 'legalName'} />
          </Group>
        )}
        <Group gap="xs" wrap="wrap">
          {listing && <ListingClaimedBadge claimed={listing.claimed} long />}
          <VerificationBadge level={supplier.verificationLevel} />
          {supplier.rfcVerified && <Badge variant="outline">{t('public.rfcVerified')}</Badge>}
        </Group>
        {fields.website && (
          <Group gap="xs" wrap="wrap">
            <Anchor href={fields.website} target="_blank" rel="noopener noreferrer nofollow" size="sm" style={{ overflowWrap: 'anywhere' }}>
              {fields.website}
            </Anchor>
            <FactOrigin origins={origins} fact="website" />
          </Group>
        )}
      </Stack>

      {listing && <ListingPanel supplierId={supplier.supplierId} listing={listing} nodes={nodes} language={language} />}

      {descriptionLanguage && (
        <Section id="public-about" title={t('public.about')} origin={<FactOrigin origins={origins} fact="description" />}>
          <Text lang={descriptionLanguage} style={{ whiteSpace: 'pre-line' }}>
            {fields.description[descriptionLanguage]}
          </Text>
          {descriptionLanguage !== language && (
            <Text size="sm" c="dimmed">
              {t('public.writtenIn', { language: t(`languageNames.${descriptionLanguage}`) })}
            </Text>
          )}
        </Section>
      )}

      <Section id="public-capabilities" title={t('editor.sections.capabilities')}>
        {KINDS.filter((kind) => fields[kind].length > 0).map((kind) => (
          <Stack key={kind} gap={4}>
            <Group gap="xs" wrap="wrap">
              <Text fw={600} size="sm">
                {t(`capabilities.${kind}`)}
              </Text>
              <FactOrigin origins={origins} fact={kind} />
            </Group>
            <Group gap={6} wrap="wrap" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t(`capabilities.${kind}`)}>
              {fields[kind].map((code) => (
                <Badge key={code} component="li" variant="outline" color="gray.8" tt="none" style={{ maxWidth: '100%' }}>
                  {nameOf(code)}
                </Badge>
              ))}
            </Group>
          </Stack>
        ))}
      </Section>

      <Section id="public-plants" title={t('editor.sections.plants')} origin={<FactOrigin origins={origins} fact="plants" />}>
        {fields.plants.map((plant) => (
          <Card key={plant.id} withBorder padding="md">
            <SupplierPlantCard plant={plant} />
          </Card>
        ))}
      </Section>

      {fields.certifications.length > 0 && (
        <Section id="public-certifications" title={t('editor.sections.certifications')}>
          <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {fields.certifications.map((certification) => (
              <Card key={certification.id} withBorder padding="sm" component="li">
                <Group justify="space-between" gap="xs" wrap="wrap">
                  <Stack gap={0}>
                    <Text fw={600}>{nameOf(certification.type)}</Text>
                    <Text size="sm">
                      {[
                        certification.issuer,
                        certification.validUntil && t(certification.status === 'expired' ? 'public.expiredOn' : 'public.validUntil', { date: formatDate(certification.validUntil, 'UTC') }),
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </Text>
                  </Stack>
                  <CertificationStatusBadge certification={certification} />
                </Group>
              </Card>
            ))}
          </Stack>
        </Section>
      )}

      <Section id="public-facts" title={t('public.facts')}>
        <PublicProfileFacts fields={fields} origins={origins} />
      </Section>
    </Stack>
  );
}
