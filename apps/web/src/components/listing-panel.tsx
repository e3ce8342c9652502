import { Badge, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ListingSourceView, ListingView } from '../api/claims';
import { formatNumber, locale } from '../i18n/format';
import { ListingClaimAction } from './listing-claim-action';
import type { Lang, VocabularyNode } from './vocabulary-types';

function SourceLine({ source }: { source: ListingSourceView }) {
  const { t } = useTranslation('directory');
  const { merge } = source;
  const distance = merge
    ? merge.distanceMeters < 1000
      ? t('listing.meters', { value: formatNumber(Math.round(merge.distanceMeters)) })
      : t('listing.kilometers', { value: formatNumber(Math.round(merge.distanceMeters / 100) / 10) })
    : '';
  return (
    <List.Item>
      <Text size="sm" component="span">
        {t('listing.source', { registry: source.registry, id: source.id })}
        {source.removed && ` (${t('listing.sourceRemoved')})`}
      </Text>
      {merge && (
        <Text size="sm" c="dimmed">
          {t('listing.merged', {
            registry: merge.withRegistry,
            id: merge.withSourceId,
            similarity: new Intl.NumberFormat(locale(), { style: 'percent' }).format(merge.nameSimilarity),
            distance,
          })}
        </Text>
      )}
    </List.Item>
  );
}

/** A registry listing on the public page: claimed or not, its sources and merges, the registry's class and text, and "This is my company". */
export function ListingPanel({
  supplierId,
  listing,
  nodes,
  language,
}: {
  supplierId: string;
  listing: ListingView;
  nodes: Map<string, VocabularyNode>;
  language: Lang;
}) {
  const { t } = useTranslation('directory');
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="listing-title" data-testid="listing-panel">
      <Stack gap="sm">
        <Title order={2} size="h3" id="listing-title">
          {t('listing.title')}
        </Title>
        <Text size="sm">{t(listing.claimed ? 'listing.claimedHelp' : 'listing.unclaimedHelp')}</Text>
        <Stack gap={2}>
          <Text fw={600} size="sm">
            {t('listing.sources')}
          </Text>
          <List size="sm" spacing={2} aria-label={t('listing.sources')}>
            {listing.sources.map((source) => (
              <SourceLine key={`${source.registry}:${source.id}`} source={source} />
            ))}
          </List>
        </Stack>
        {listing.scian && (
          <Stack gap={2}>
            <Text fw={600} size="sm">
              {t('listing.scian')}
            </Text>
            <Text size="sm">
              {listing.scian.code} · {listing.scian.title}
            </Text>
          </Stack>
        )}
        {listing.activityText && (
          <Stack gap={2}>
            <Text fw={600} size="sm">
              {t('listing.activity')}
            </Text>
            <Text size="sm" lang="es">
              {listing.activityText}
            </Text>
          </Stack>
        )}
        {listing.declaredCertifications.length > 0 && (
          <Stack gap={4}>
            <Text fw={600} size="sm">
              {t('listing.declared')}
            </Text>
            <Group gap={6} wrap="wrap" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('listing.declared')}>
              {listing.declaredCertifications.map((code) => (
                <Badge key={code} component="li" variant="outline" color="gray.8" tt="none" style={{ maxWidth: '100%' }}>
                  {nodes.get(code)?.name[language] ?? code} ({t('listing.unverified')})
                </Badge>
              ))}
            </Group>
            <Text size="xs" c="dimmed">
              {t('listing.declaredHelp')}
            </Text>
          </Stack>
        )}
        {!listing.claimed && <ListingClaimAction supplierId={supplierId} />}
      </Stack>
    </Card>
  );
}
