import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconSearch, IconX } from '@tabler/icons-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { suppliersControllerGet } from '../api/api-client';
import { searchSuppliers, type SearchHit } from '../api/search';
import { useSession } from '../session/session';
import { ErrorAlert } from './error-alert';
import { useAction } from './use-action';

// Enough to choose from; the search page is where a buyer browses.
const RESULTS = 8;

const hitName = (hit: Pick<SearchHit, 'tradeName' | 'legalName'>) => hit.tradeName ?? hit.legalName ?? '';

/**
 * The buyer's own picks: suppliers to invite whatever the matching says (an invite-only RFQ goes only to them).
 * Found with the supplier search; picks already saved are named from their public profiles.
 */
export function RfqInvitePicks({ value, onChange, error }: { value: string[]; onChange: (ids: string[]) => void; error?: string }) {
  const { t } = useTranslation('rfqs');
  const { run } = useSession();
  const [names, setNames] = useState<Record<string, string>>({});
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const search = useAction();

  useEffect(() => {
    const unknown = value.filter((id) => !(id in names));
    if (unknown.length === 0) return;
    let current = true;
    void Promise.all(
      unknown.map((id) =>
        run(() => suppliersControllerGet({ path: { supplierId: id } }))
          .then((supplier) => [id, supplier.profile?.tradeName ?? supplier.profile?.legalName ?? id] as const)
          // A pick that is no longer published keeps its id as its name; publishing will say what is wrong.
          .catch(() => [id, id] as const),
      ),
    ).then((found) => current && setNames((known) => ({ ...known, ...Object.fromEntries(found) })));
    return () => {
      current = false;
    };
  }, [value, names, run]);

  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    if (!query.trim()) return;
    void search.perform(async () => {
      const page = await run(() => searchSuppliers({ q: query.trim(), limit: RESULTS }));
      setHits(page.items);
    });
  };

  const pick = (hit: SearchHit) => {
    setNames((known) => ({ ...known, [hit.id]: hitName(hit) }));
    onChange([...value, hit.id]);
  };

  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        {t('picks.title')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('picks.hint')}
      </Text>
      {value.length > 0 && (
        <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('picks.title')}>
          {value.map((id) => (
            <Group key={id} component="li" gap="xs" wrap="nowrap" justify="space-between">
              <Text style={{ overflowWrap: 'anywhere' }}>{names[id] ?? '…'}</Text>
              <ActionIcon variant="subtle" color="gray.8" size="lg" aria-label={t('picks.remove', { name: names[id] ?? '' })} onClick={() => onChange(value.filter((candidate) => candidate !== id))}>
                <IconX size={16} aria-hidden />
              </ActionIcon>
            </Group>
          ))}
        </Stack>
      )}
      {error && (
        <Text size="sm" c="var(--mantine-color-error)" role="alert">
          {error}
        </Text>
      )}
      <form onSubmit={onSearch} role="search" aria-label={t('picks.search')}>
        <Group gap="xs" align="flex-end" wrap="wrap">
          <TextInput label={t('picks.search')} placeholder={t('picks.placeholder')} value={query} onChange={(event) => setQuery(event.currentTarget.value)} style={{ flex: '1 1 200px', minWidth: 0 }} />
          <Button type="submit" variant="light" leftSection={<IconSearch size={16} aria-hidden />} loading={search.busy}>
            {t('picks.find')}
          </Button>
        </Group>
      </form>
      <ErrorAlert error={search.error} />
      {hits && (
        <div aria-live="polite">
          {hits.length === 0 ? (
            <Text size="sm">{t('picks.none')}</Text>
          ) : (
            <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('picks.results')}>
              {hits.map((hit) => (
                <Group key={hit.id} component="li" gap="xs" wrap="nowrap" justify="space-between">
                  <Stack gap={0} style={{ minWidth: 0 }}>
                    <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                      {hitName(hit)}
                    </Text>
                    {hit.location && (
                      <Text size="xs" c="dimmed">
                        {[hit.location.municipality, hit.location.state].filter(Boolean).join(', ')}
                      </Text>
                    )}
                  </Stack>
                  <Button size="xs" variant="outline" disabled={value.includes(hit.id)} leftSection={<IconPlus size={14} aria-hidden />} onClick={() => pick(hit)} aria-label={t('picks.add', { name: hitName(hit) })}>
                    {value.includes(hit.id) ? t('picks.added') : t('picks.addShort')}
                  </Button>
                </Group>
              ))}
            </Stack>
          )}
        </div>
      )}
    </Stack>
  );
}
