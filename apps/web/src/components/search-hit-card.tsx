import { Anchor, Badge, Card, Group, Stack, Text, ThemeIcon } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { SearchHit } from '../api/search';
import { ListingClaimedBadge } from './listing-claimed-badge';
import { stateName } from './mx-states';
import { SearchExplanationView } from './search-explanation';

const LEVEL_COLORS: Record<SearchHit['verificationLevel'], string> = {
  unverified: 'gray.8',
  email_verified: 'blue.9',
  documents_verified: 'brand.8',
  site_audited: 'brand.9',
};

/** One supplier in the results: its number on the map, names, place, badges, sources and why it matched. */
export function SearchHitCard({ hit, number, placeName }: { hit: SearchHit; number: number; placeName: string | null }) {
  const { t } = useTranslation('search');
  const name = hit.tradeName ?? hit.legalName ?? t('results.unnamed');
  const place = hit.location ? [hit.location.municipality, stateName(hit.location.stateCode || hit.location.state)].filter(Boolean).join(', ') : t('results.noPlace');
  const headingId = `hit-${hit.id}`;
  return (
    <Card withBorder padding="md" component="li" aria-labelledby={headingId} data-testid="search-hit">
      <Stack gap={8}>
        <Group gap="sm" align="flex-start" wrap="nowrap">
          {/* The same number as the dot on the map; the map's label lists them too. */}
          <ThemeIcon radius="xl" size={28} color="red.9" aria-label={t('results.number', { number })} role="img">
            <Text fw={700} size="sm" c="white" aria-hidden>
              {number}
            </Text>
          </ThemeIcon>
          <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
            <Group justify="space-between" align="flex-start" gap="xs">
              <Anchor component={Link} to={`/suppliers/${hit.id}`} fw={700} size="lg" id={headingId} style={{ overflowWrap: 'anywhere' }}>
                {name}
              </Anchor>
              <Group gap={6}>
                <ListingClaimedBadge claimed={hit.claimed} />
                <Badge color={LEVEL_COLORS[hit.verificationLevel]} variant={hit.verificationLevel === 'unverified' ? 'outline' : 'filled'} miw="max-content">
                  {t(`levels.${hit.verificationLevel}`)}
                </Badge>
              </Group>
            </Group>
            {hit.legalName && hit.legalName !== name && (
              <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                {hit.legalName}
              </Text>
            )}
            <Text size="sm">{place}</Text>
            {hit.sources.length > 0 && (
              <Text size="xs" c="dimmed" data-testid="hit-sources">
                {t('results.sources', { list: hit.sources.map((source) => `${source.registry} ${source.id}`).join(', ') })}
              </Text>
            )}
          </Stack>
        </Group>
        <SearchExplanationView explanation={hit.explanation} placeName={placeName} />
      </Stack>
    </Card>
  );
}
