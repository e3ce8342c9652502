import { Anchor, Button, Card, Center, Group, Loader, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { reviewsControllerList, type ReviewItemResponse, type ReviewsControllerListData } from '../api/api-client';
import { ErrorAlert } from '../components/error-alert';
import { ReviewStateBadge, waitingFor } from '../components/review-state-badge';
import { locale } from '../i18n/format';
import { useSession } from '../session/session';

const PAGE_SIZE = 50;
const KINDS = ['supplier_profile', 'listing_claim', 'rfq', 'report'] as const;
const STATES = ['open', 'approved', 'rejected', 'changes_requested'] as const;

type Query = NonNullable<ReviewsControllerListData['query']>;
interface Filters {
  kind: string;
  state: string;
  assignee: string;
}

/** The admins' queue: every kind of review item, oldest first, filtered by kind, state and assignee. */
export function AdminReviewsPage() {
  const { t } = useTranslation('reviews');
  const { run } = useSession();
  const [filters, setFilters] = useState<Filters>({ kind: '', state: 'open', assignee: '' });
  const [items, setItems] = useState<ReviewItemResponse[] | null>(null);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(
    async (applied: Filters, cursor: string | null) => {
      setLoading(true);
      setError(null);
      try {
        const query: Query = {
          limit: PAGE_SIZE,
          ...(applied.kind ? { kind: applied.kind as Query['kind'] } : {}),
          ...(applied.state ? { state: applied.state as Query['state'] } : {}),
          ...(applied.assignee ? { assignee: applied.assignee } : {}),
          ...(cursor ? { cursor } : {}),
        };
        const page = await run(() => reviewsControllerList({ query }));
        setItems((current) => (cursor ? [...(current ?? []), ...page.data] : page.data));
        setNextCursor(page.nextCursor);
      } catch (caught) {
        setError(caught);
        if (!cursor) setItems([]);
      } finally {
        setLoading(false);
      }
    },
    [run],
  );

  useEffect(() => {
    setItems(null);
    void load(filters, null);
  }, [filters, load]);

  const set = (field: keyof Filters) => (value: string | null) => setFilters((current) => ({ ...current, [field]: value ?? '' }));
  const any = { value: '', label: t('queue.filters.any') };

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>{t('queue.title')}</Title>
        <Text c="dimmed">{t('queue.intro')}</Text>
      </Stack>

      <Card withBorder padding="lg">
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('queue.filters.title')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Select
              label={t('queue.filters.kind')}
              data={[any, ...KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))]}
              value={filters.kind}
              onChange={set('kind')}
              allowDeselect={false}
            />
            <Select
              label={t('queue.filters.state')}
              data={[any, ...STATES.map((state) => ({ value: state, label: t(`states.${state}`) }))]}
              value={filters.state}
              onChange={set('state')}
              allowDeselect={false}
            />
            <Select
              label={t('queue.filters.assignee')}
              data={[any, { value: 'me', label: t('queue.filters.me') }, { value: 'none', label: t('queue.filters.none') }]}
              value={filters.assignee}
              onChange={set('assignee')}
              allowDeselect={false}
            />
          </SimpleGrid>
        </Stack>
      </Card>

      <ErrorAlert error={error} />

      {items === null ? (
        <Center h={160}>
          <Loader aria-label={t('queue.loading')} />
        </Center>
      ) : items.length === 0 ? (
        !error && (
          <Card withBorder padding="xl" data-testid="reviews-empty">
            <Text ta="center" c="dimmed">
              {t('queue.empty')}
            </Text>
          </Card>
        )
      ) : (
        <Stack gap="md">
          <Text size="sm" c="dimmed" role="status">
            {t('queue.shown', { count: items.length })}
          </Text>
          <Table.ScrollContainer minWidth={720}>
            <Table verticalSpacing="xs" striped data-testid="review-queue">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('queue.columns.organization')}</Table.Th>
                  <Table.Th>{t('queue.columns.kind')}</Table.Th>
                  <Table.Th>{t('queue.columns.age')}</Table.Th>
                  <Table.Th>{t('queue.columns.state')}</Table.Th>
                  <Table.Th>{t('queue.columns.assignee')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((item) => (
                  <Table.Tr key={item.id} data-testid={`review-item-${item.id}`}>
                    <Table.Td>
                      <Anchor component={Link} to={`/admin/reviews/${item.id}`}>
                        {item.organizationName ?? item.organizationId}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{t(`kinds.${item.kind}`)}</Table.Td>
                    <Table.Td>
                      <Text size="sm" component="time" dateTime={item.createdAt}>
                        {waitingFor(item.createdAt, locale())}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <ReviewStateBadge state={item.state} />
                    </Table.Td>
                    <Table.Td>{item.assigneeName ?? t('queue.unassigned')}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {nextCursor ? (
            <Group justify="center">
              <Button variant="default" loading={loading} onClick={() => void load(filters, nextCursor)}>
                {t('queue.loadMore')}
              </Button>
            </Group>
          ) : (
            <Text size="sm" c="dimmed" ta="center">
              {t('queue.end')}
            </Text>
          )}
        </Stack>
      )}
    </Stack>
  );
}
