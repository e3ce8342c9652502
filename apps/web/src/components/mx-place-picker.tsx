import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogControllerSearchPlaces, type MxPlaceSuggestionResponse } from '../api/api-client';
import { useSession } from '../session/session';

// One request when the typing pauses, not one per keystroke.
const TYPING_PAUSE_MS = 250;
const PLACE_LIMIT = 10;

const placeKey = (place: MxPlaceSuggestionResponse) => `${place.kind}:${place.state.code}:${place.municipality?.code ?? ''}:${place.code}`;

/** "Ciudad Apodaca, Apodaca, Nuevo León": enough to tell two places of one name apart. */
function placeLabel(place: MxPlaceSuggestionResponse): string {
  const parts = [place.name];
  if (place.municipality && place.municipality.name !== place.name) parts.push(place.municipality.name);
  if (place.kind !== 'state') parts.push(place.state.name);
  return parts.join(', ');
}

/** A Mexican locality, municipality or state picked from the place search as the user types. */
export function MxPlacePicker({ onPick, label, description }: { onPick: (place: MxPlaceSuggestionResponse | null) => void; label?: string; description?: string }) {
  const { t } = useTranslation('catalog');
  const { run } = useSession();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), TYPING_PAUSE_MS);
  const [places, setPlaces] = useState<MxPlaceSuggestionResponse[]>([]);
  const [picked, setPicked] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    if (!debounced) return;
    // A slower answer to an earlier query must not replace the answer to the current one.
    let current = true;
    setLoading(true);
    run(() => catalogControllerSearchPlaces({ query: { q: debounced, limit: PLACE_LIMIT } }))
      .then((result) => current && setPlaces(result.data))
      .catch(() => current && setPlaces([]))
      .finally(() => current && setLoading(false));
    return () => {
      current = false;
    };
  }, [debounced, run]);

  const options = useMemo(() => places.map((place) => ({ value: placeKey(place), label: placeLabel(place) })), [places]);

  return (
    <Select
      searchable
      label={label ?? t('transit.place.label')}
      description={description ?? t('transit.place.hint')}
      placeholder={t('transit.place.placeholder')}
      data={options}
      value={picked}
      searchValue={search}
      onSearchChange={setSearch}
      // The API already matched and ranked the places; filtering them again here would hide some.
      filter={({ options: all }) => all}
      nothingFoundMessage={debounced ? t('transit.place.none') : undefined}
      rightSectionPointerEvents="none"
      loading={loading}
      onChange={(value) => {
        setPicked(value);
        onPick(places.find((place) => placeKey(place) === value) ?? null);
      }}
      style={{ flex: '1 1 260px', minWidth: 0 }}
    />
  );
}
