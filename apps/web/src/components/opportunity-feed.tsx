import { Badge, Button, Center, Group, Loader, Stack, Text } from '@mantine/core';
import { IconMailOpened } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readFeed, type Feed, type FeedItem } from '../api/opportunities';
import { useSession } from '../session/session';
import { ErrorAlert } from './error-alert';
import { OpportunityCard } from './opportunity-card';
import { OpportunityFeedFilters } from './opportunity-feed-filters';
import { feedQueryOf, type FeedFilters } from './opportunity-feed-url-state';
import type { NameOf } from './opportunity-names';
import { SearchExplanationView } from './search-explanation';
import { useLatestRequest } from './use-latest-request';
import type { VocabularyTree } from './vocabulary-types';

const PAGE_SIZE = 20;
/** The "For you" tab: open requests ranked by fit to the supplier's profile, invitations first, with why each fits. */
export function OpportunityFeed({ nameOf, tree, filters, onFilters }: { nameOf: NameOf; tree: VocabularyTree | null; filters: FeedFilters; onFilters: (filters: FeedFilters) => void }) {
  const { t } = useTranslation('opportunities');
  const { run, me } = useSession();
  const timeZone = me?.user.timeZone;
  const [items, setItems] = useState<FeedItem[] | null>(null);
  const [rankedBy, setRankedBy] = useState<Feed['rankedBy']>('fit');
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const beginRequest = useLatestRequest();
  const filtersKey = JSON.stringify(filters);

  const load = useCallback(
    async (applied: FeedFilters, cursor?: string) => {
      const current = beginRequest();
      setLoading(true);
      setError(null);
      try {
        const page = await run(() => readFeed(feedQueryOf(applied, PAGE_SIZE, Date.now(), cursor)));
        if (!current()) return;
        setItems((shown) => (cursor && shown ? [...shown, ...page.items] : page.items));
        setNextCursor(page.nextCursor);
        setRankedBy(page.rankedBy);
      } catch (caught) {
        if (!current()) return;
        setError(caught);
        if (!cursor) setItems(null);
      } finally {
        if (current()) setLoading(false);
      }
    },
    [run, beginRequest],
  );

  useEffect(() => {
    setItems(null);
    void load(filters);
    // The filters are the query: they change, the list follows.
  }, [filtersKey, load]);

  return (
    <Stack gap="md">
      <OpportunityFeedFilters tree={tree} value={filters} onChange={onFilters} />
      <ErrorAlert error={error} />
      {items === null ? (
        loading && (
          <Center h={120}>
            <Loader aria-label={t('loading')} />
          </Center>
        )
      ) : items.length === 0 ? (
        <Text c="dimmed" role="status">
          {t('feed.empty')}
        </Text>
      ) : (
        <Stack gap="sm">
          {rankedBy === 'deadline' && (
            <Text size="sm" c="dimmed" data-testid="feed-unranked">
              {t('feed.unranked')}
            </Text>
          )}
          <Stack gap="sm" component="ol" aria-label={t('feed.label')} style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="feed">
            {items.map((item) => (
              <OpportunityCard
                key={item.rfq.id}
                rfq={item.rfq}
                nameOf={nameOf}
                timeZone={timeZone}
                testId="feed-item"
                badges={
                  item.invitationId && (
                    <Badge color="brand.9" variant="filled" miw="max-content" leftSection={<IconMailOpened size={12} aria-hidden />}>
                      {t('feed.invited')}
                    </Badge>
                  )
                }
              >
                {/* Ranked by deadline (no profile to fit) there is nothing to explain. */}
                {rankedBy === 'fit' && (
                  <Stack gap={4}>
                    <Text size="xs" fw={700} c="dimmed" tt="uppercase">
                      {t('feed.why')}
                    </Text>
                    <SearchExplanationView explanation={item.explanation} placeName={null} />
                  </Stack>
                )}
              </OpportunityCard>
            ))}
          </Stack>
          {nextCursor ? (
            <Group>
              <Button variant="default" loading={loading} onClick={() => void load(filters, nextCursor)}>
                {t('loadMore')}
              </Button>
            </Group>
          ) : (
            <Text size="sm" c="dimmed">
              {t('feed.end')}
            </Text>
          )}
        </Stack>
      )}
    </Stack>
  );
}
