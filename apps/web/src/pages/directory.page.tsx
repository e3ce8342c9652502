import { Anchor, Button, Card, Center, Group, Loader, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { directoryListings, type DirectoryItem, type DirectoryQuery } from '../api/claims';
import { ErrorAlert } from '../components/error-alert';
import { ListingClaimedBadge } from '../components/listing-claimed-badge';
import { MX_STATES, stateName } from '../components/mx-states';
import { useLatestRequest } from '../components/use-latest-request';
import { useSession } from '../session/session';

const PAGE_SIZE = 20;
const CLAIMED = ['', 'false', 'true'] as const;

/** One plant in the results: its name links to the listing's public page. */
function Result({ item }: { item: DirectoryItem }) {
  const { t } = useTranslation('directory');
  const place = [item.municipality, stateName(item.state)].filter(Boolean).join(', ');
  return (
    <Card withBorder padding="md" component="li" aria-labelledby={`listing-${item.supplierId}`}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          <Anchor component={Link} to={`/suppliers/${item.supplierId}`} fw={700} id={`listing-${item.supplierId}`} style={{ overflowWrap: 'anywhere' }}>
            {item.name}
          </Anchor>
          <ListingClaimedBadge claimed={item.claimed} />
        </Group>
        {item.legalName && item.legalName !== item.name && (
          <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {item.legalName}
          </Text>
        )}
        <Text size="sm">{place}</Text>
        <Text size="sm">{item.scian ? t('search.scian', { code: item.scian.code, title: item.scian.title }) : t('search.noScian')}</Text>
        <Text size="xs" c="dimmed">
          {t('search.sources', { list: item.sources.map((source) => `${source.registry} ${source.id}`).join(', ') })} · {t(`search.matchedOn.${item.matchedOn}`)}
        </Text>
      </Stack>
    </Card>
  );
}

/** "Find your plant": the public directory of registry listings, searched by name, RFC or municipality. */
export function DirectoryPage() {
  const { t } = useTranslation('directory');
  const { run } = useSession();
  const [params, setParams] = useSearchParams();
  // The applied search lives in the address, so Back from a listing returns to the same results.
  const applied = { q: params.get('q') ?? '', state: params.get('state') ?? '', claimed: params.get('claimed') ?? '' };
  const [q, setQ] = useState(applied.q);
  const [state, setState] = useState(applied.state);
  const [claimed, setClaimed] = useState(applied.claimed);
  const [tooShort, setTooShort] = useState(false);
  const [items, setItems] = useState<DirectoryItem[] | null>(null);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const beginRequest = useLatestRequest();
  const load = useCallback(
    async (query: DirectoryQuery) => {
      const current = beginRequest();
      setLoading(true);
      setError(null);
      try {
        const page = await run(() => directoryListings(query));
        if (!current()) return;
        setItems((shown) => (query.cursor ? [...(shown ?? []), ...page.items] : page.items));
        setNextCursor(page.nextCursor);
      } catch (caught) {
        if (!current()) return;
        setError(caught);
        if (!query.cursor) setItems(null);
      } finally {
        if (current()) setLoading(false);
      }
    },
    [run, beginRequest],
  );

  const queryOf = useCallback(
    (cursor?: string): DirectoryQuery => ({
      q: applied.q,
      limit: PAGE_SIZE,
      ...(applied.state ? { state: applied.state } : {}),
      ...(applied.claimed === 'true' || applied.claimed === 'false' ? { claimed: applied.claimed } : {}),
      ...(cursor ? { cursor } : {}),
    }),
    [applied.q, applied.state, applied.claimed],
  );

  useEffect(() => {
    if (applied.q.trim().length < 2) {
      setItems(null);
      return;
    }
    setItems(null);
    void load(queryOf());
  }, [applied.q, load, queryOf]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = q.trim();
    if (trimmed.length < 2) {
      setTooShort(true);
      return;
    }
    setTooShort(false);
    setParams(Object.fromEntries(Object.entries({ q: trimmed, state, claimed }).filter(([, value]) => value)));
  };

  return (
    <Stack gap="lg" maw={880}>
      <Stack gap={4}>
        <Title order={1}>{t('search.title')}</Title>
        <Text c="dimmed">{t('search.intro')}</Text>
      </Stack>

      <Card withBorder padding="lg" component="form" role="search" aria-label={t('search.title')} onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t('search.query')}
            description={t('search.queryHelp')}
            value={q}
            onChange={(event) => {
              setQ(event.currentTarget.value);
              setTooShort(false);
            }}
            maxLength={100}
            error={tooShort ? t('search.queryTooShort') : undefined}
            leftSection={<IconSearch size={16} aria-hidden />}
            type="search"
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('search.state')}
              data={[{ value: '', label: t('search.anyState') }, ...MX_STATES.map((entry) => ({ value: entry.code, label: entry.name }))]}
              value={state}
              onChange={(value) => setState(value ?? '')}
              allowDeselect={false}
              searchable
            />
            <Select
              label={t('search.claimed')}
              data={CLAIMED.map((value) => ({ value, label: t(value === '' ? 'search.claimedAny' : value === 'false' ? 'search.claimedNo' : 'search.claimedYes') }))}
              value={claimed}
              onChange={(value) => setClaimed(value ?? '')}
              allowDeselect={false}
            />
          </SimpleGrid>
          <Group>
            <Button type="submit" leftSection={<IconSearch size={16} aria-hidden />} loading={loading && !items}>
              {t('search.submit')}
            </Button>
          </Group>
        </Stack>
      </Card>

      <ErrorAlert error={error} />

      {applied.q.trim().length < 2 ? (
        <Text c="dimmed">{t('search.start')}</Text>
      ) : items === null ? (
        loading && (
          <Center h={120}>
            <Loader aria-label={t('search.loading')} />
          </Center>
        )
      ) : items.length === 0 ? (
        <Stack gap={4} role="status">
          <Text fw={600}>{t('search.empty', { q: applied.q })}</Text>
          <Text size="sm" c="dimmed">
            {t('search.emptyHint')}
          </Text>
        </Stack>
      ) : (
        <Stack gap="sm" component="section" aria-labelledby="directory-results">
          <Group justify="space-between">
            <Title order={2} size="h3" id="directory-results">
              {t('search.results')}
            </Title>
            <Text size="sm" c="dimmed" role="status">
              {t('search.shown', { count: items.length })}
            </Text>
          </Group>
          <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-labelledby="directory-results" data-testid="directory-results">
            {items.map((item) => (
              <Result key={item.supplierId} item={item} />
            ))}
          </Stack>
          {nextCursor ? (
            <Group>
              <Button variant="default" loading={loading} onClick={() => void load(queryOf(nextCursor))}>
                {t('search.loadMore')}
              </Button>
            </Group>
          ) : (
            <Text size="sm" c="dimmed">
              {t('search.end')}
            </Text>
          )}
        </Stack>
      )}
    </Stack>
  );
}
