import { Button, Center, Grid, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { catalogControllerTransit, type LandPortResponse } from '../api/api-client';
import { searchSuppliers, type SearchFacetsView, type SearchHit, type SearchQueryUnderstanding } from '../api/search';
import { ErrorAlert } from '../components/error-alert';
import { SearchFacetsPanel } from '../components/search-facets';
import { SearchForm } from '../components/search-form';
import { SearchHitCard } from '../components/search-hit-card';
import { SearchMap, type MapDestination } from '../components/search-map';
import { SearchUnderstanding } from '../components/search-understanding';
import { apiQueryOf, isSearchable, searchParamsOf, searchStateFrom, toggled, type SearchState } from '../components/search-url-state';
import { useLatestRequest } from '../components/use-latest-request';
import { useVocabulary } from '../components/use-vocabulary';
import { formatNumber } from '../i18n/format';
import { useSession } from '../session/session';

const PAGE_SIZE = 20;

interface Results {
  items: SearchHit[];
  facets: SearchFacetsView;
  query: SearchQueryUnderstanding;
  total: number;
  totalExact: boolean;
  nextCursor: string | null;
}

/** The land ports and the ZIP's point, for the map: one transit estimate lists every port with its position. */
function useBorder(zip: string, origin: SearchHit | undefined): { ports: LandPortResponse[]; destination: MapDestination | null } {
  const { run } = useSession();
  const [border, setBorder] = useState<{ ports: LandPortResponse[]; destination: MapDestination | null }>({ ports: [], destination: null });
  const lat = origin?.location?.lat;
  const lon = origin?.location?.lon;
  useEffect(() => {
    if (!zip || lat === undefined || lon === undefined) {
      setBorder({ ports: [], destination: null });
      return;
    }
    let active = true;
    run(() => catalogControllerTransit({ query: { lat, lon, zip } }))
      .then((estimate) => active && setBorder({ ports: estimate.candidates.map((candidate) => candidate.port), destination: { ...estimate.destination } }))
      // The map is extra: without it the results still read fine.
      .catch(() => active && setBorder({ ports: [], destination: null }));
    return () => {
      active = false;
    };
    // One call per ZIP: every port is a candidate whatever the origin.
  }, [zip, lat === undefined, run]);
  return border;
}

/** The buyer search: anyone types what they need and gets Mexican plants ranked, with the reasons and a map. */
export function SearchPage() {
  const { t } = useTranslation('search');
  const { run } = useSession();
  const { tree, nodes } = useVocabulary();
  const [params, setParams] = useSearchParams();
  const applied = useMemo(() => searchStateFrom(params), [params]);
  const appliedKey = JSON.stringify(searchParamsOf(applied));
  const [results, setResults] = useState<Results | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const beginRequest = useLatestRequest();
  const load = useCallback(
    async (state: SearchState, cursor?: string) => {
      const current = beginRequest();
      setLoading(true);
      setError(null);
      try {
        const page = await run(() => searchSuppliers(apiQueryOf(state, PAGE_SIZE, cursor)));
        if (!current()) return;
        setResults((shown) => (cursor && shown ? { ...shown, items: [...shown.items, ...page.items], nextCursor: page.nextCursor } : page));
      } catch (caught) {
        if (!current()) return;
        setError(caught);
        if (!cursor) setResults(null);
      } finally {
        if (current()) setLoading(false);
      }
    },
    [run, beginRequest],
  );

  useEffect(() => {
    setResults(null);
    if (isSearchable(applied)) void load(applied);
    // The address is the search: it changes, the results follow (Back included).
  }, [appliedKey, load]);

  const apply = (state: SearchState) => setParams(searchParamsOf(state));
  // A ZIP written in the text ("brake discs to 75201") counts when the ZIP box is empty, as the API reads it.
  const border = useBorder(applied.zip || results?.query.zip || '', results?.items.find((hit) => hit.location));
  const placeName = results?.query.place?.name ?? null;
  // On a desk the facets sit under the map beside the list; on a phone they follow the list, so results come first.
  const wide = useMediaQuery('(min-width: 62em)', true);
  const facets = results && (
    <SearchFacetsPanel facets={results.facets} state={applied} nodes={nodes} onToggle={(key, code) => apply(toggled(applied, key, code))} />
  );

  return (
    <Stack gap="lg">
      <Stack gap={4} maw={880}>
        <Title order={1}>{t('title')}</Title>
        <Text c="dimmed">{t('intro')}</Text>
      </Stack>

      <SearchForm applied={applied} tree={tree} loading={loading && !results} onSearch={apply} />

      <ErrorAlert error={error} />

      {!isSearchable(applied) ? (
        <Text c="dimmed">{t('start')}</Text>
      ) : results === null ? (
        loading && (
          <Center h={120}>
            <Loader aria-label={t('loading')} />
          </Center>
        )
      ) : (
        <Stack gap="md">
          <SearchUnderstanding query={results.query} />
          {results.items.length === 0 ? (
            <Stack gap={4} role="status">
              <Text fw={600}>{t('empty.title')}</Text>
              <Text size="sm" c="dimmed">
                {t('empty.hint')}
              </Text>
            </Stack>
          ) : (
            <Grid gap="lg">
              <Grid.Col span={{ base: 12, md: 7 }} order={{ base: 2, md: 1 }}>
                <Stack gap="sm" component="section" aria-labelledby="search-results">
                  <Group justify="space-between" align="baseline">
                    <Title order={2} size="h3" id="search-results">
                      {t('results.title')}
                    </Title>
                    <Text size="sm" c="dimmed" role="status">
                      {t(results.totalExact ? 'results.shown' : 'results.shownAbout', { count: results.items.length, total: formatNumber(results.total) })}
                    </Text>
                  </Group>
                  <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-labelledby="search-results" data-testid="search-results">
                    {results.items.map((hit, index) => (
                      <SearchHitCard key={hit.id} hit={hit} number={index + 1} placeName={placeName} />
                    ))}
                  </Stack>
                  {results.nextCursor ? (
                    <Group>
                      <Button variant="default" loading={loading} onClick={() => void load(applied, results.nextCursor ?? undefined)}>
                        {t('results.loadMore')}
                      </Button>
                    </Group>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t('results.end')}
                    </Text>
                  )}
                  {!wide && facets}
                </Stack>
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 5 }} order={{ base: 1, md: 2 }}>
                <Stack gap="md">
                  <SearchMap hits={results.items} ports={border.ports} destination={border.destination} />
                  {wide && facets}
                </Stack>
              </Grid.Col>
            </Grid>
          )}
        </Stack>
      )}
    </Stack>
  );
}
