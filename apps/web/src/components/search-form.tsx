import { Button, Card, Checkbox, Collapse, Group, MultiSelect, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { IconAdjustmentsHorizontal, IconSearch } from '@tabler/icons-react';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n/i18n';
import { MX_STATES } from './mx-states';
import type { SearchState } from './search-url-state';
import { VocabularyPicker } from './vocabulary-picker';
import type { VocabularyTree } from './vocabulary-types';

const ZIP = /^\d{5}$/;

/** The buyer's search: one box, the ZIP to ship to, and the filters; submitting puts it all in the address. */
export function SearchForm({ applied, tree, loading, onSearch }: { applied: SearchState; tree: VocabularyTree | null; loading: boolean; onSearch: (state: SearchState) => void }) {
  const { t } = useTranslation('search');
  const language = currentLanguage();
  const [draft, setDraft] = useState(applied);
  const [zipError, setZipError] = useState(false);
  const filtersId = useId();
  const filtered = applied.processes.length + applied.materials.length + applied.certifications.length + applied.states.length > 0;
  const [showFilters, setShowFilters] = useState(filtered);
  // Back and Forward change the address: the form follows what is applied.
  const appliedKey = JSON.stringify(applied);
  useEffect(() => {
    setDraft(applied);
    setZipError(false);
  }, [appliedKey]);

  const set = <K extends keyof SearchState>(key: K, value: SearchState[K]) => setDraft((current) => ({ ...current, [key]: value }));
  const hasZip = ZIP.test(draft.zip.trim());

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const zip = draft.zip.trim();
    if (zip && !ZIP.test(zip)) {
      setZipError(true);
      return;
    }
    onSearch({ ...draft, zip, maxTransitDays: zip ? draft.maxTransitDays : null, sort: zip ? draft.sort : 'relevance' });
  };

  return (
    <Card withBorder padding="lg" component="form" role="search" aria-label={t('form.label')} onSubmit={submit} noValidate>
      <Stack gap="sm">
        <TextInput
          label={t('form.query')}
          description={t('form.queryHelp')}
          placeholder={t('form.queryPlaceholder')}
          value={draft.q}
          onChange={(event) => set('q', event.currentTarget.value)}
          maxLength={200}
          leftSection={<IconSearch size={16} aria-hidden />}
          type="search"
          size="md"
        />
        <SimpleGrid cols={{ base: 1, xs: 3 }}>
          <TextInput
            label={t('form.zip')}
            description={t('form.zipHelp')}
            value={draft.zip}
            onChange={(event) => {
              set('zip', event.currentTarget.value);
              setZipError(false);
            }}
            inputMode="numeric"
            autoComplete="postal-code"
            maxLength={5}
            error={zipError ? t('form.zipInvalid') : undefined}
          />
          <NumberInput
            label={t('form.maxTransitDays')}
            description={t('form.maxTransitDaysHelp')}
            value={draft.maxTransitDays ?? ''}
            onChange={(value) => set('maxTransitDays', typeof value === 'number' ? value : null)}
            min={1}
            max={30}
            allowDecimal={false}
            disabled={!hasZip}
          />
          <Select
            label={t('form.sort')}
            description={t('form.sortHelp')}
            data={[
              { value: 'relevance', label: t('form.sortRelevance') },
              { value: 'transit', label: t('form.sortTransit'), disabled: !hasZip },
            ]}
            value={hasZip ? draft.sort : 'relevance'}
            onChange={(value) => set('sort', value === 'transit' ? 'transit' : 'relevance')}
            allowDeselect={false}
          />
        </SimpleGrid>
        <Checkbox label={t('form.verified')} checked={draft.verified} onChange={(event) => set('verified', event.currentTarget.checked)} />
        <Collapse expanded={showFilters} id={filtersId}>
          {tree && (
            <SimpleGrid cols={{ base: 1, sm: 2 }} pt={4}>
              <VocabularyPicker kind="processes" tree={tree} language={language} value={draft.processes} onChange={(codes) => set('processes', codes)} label={t('form.processes')} />
              <VocabularyPicker kind="materials" tree={tree} language={language} value={draft.materials} onChange={(codes) => set('materials', codes)} label={t('form.materials')} />
              <VocabularyPicker
                kind="certifications"
                tree={tree}
                language={language}
                value={draft.certifications}
                onChange={(codes) => set('certifications', codes)}
                label={t('form.certifications')}
              />
              <MultiSelect
                label={t('form.states')}
                data={MX_STATES.map((state) => ({ value: state.code, label: state.name }))}
                value={draft.states}
                onChange={(codes) => set('states', codes)}
                searchable
                clearable
                placeholder={draft.states.length === 0 ? t('form.anyState') : undefined}
              />
            </SimpleGrid>
          )}
        </Collapse>
        <Group gap="sm">
          <Button type="submit" leftSection={<IconSearch size={16} aria-hidden />} loading={loading}>
            {t('form.submit')}
          </Button>
          <Button
            variant="subtle"
            leftSection={<IconAdjustmentsHorizontal size={16} aria-hidden />}
            onClick={() => setShowFilters((value) => !value)}
            aria-expanded={showFilters}
            aria-controls={filtersId}
          >
            {showFilters ? t('form.hideFilters') : t('form.showFilters')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
