import { Group, Select } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n/i18n';
import { WITHIN_DAYS, type FeedFilters } from './opportunity-feed-url-state';
import type { VocabularyNode, VocabularyTree } from './vocabulary-types';

/** The feed's two filters: one process (picked by name, grouped by family, as the vocabulary pickers do) and a deadline window. */
export function OpportunityFeedFilters({ tree, value, onChange }: { tree: VocabularyTree | null; value: FeedFilters; onChange: (filters: FeedFilters) => void }) {
  const { t } = useTranslation('opportunities');
  const language = currentLanguage();
  const processes = useMemo(() => {
    if (!tree) return [];
    const sort = (a: VocabularyNode, b: VocabularyNode) => a.name[language].localeCompare(b.name[language], language);
    const option = (node: VocabularyNode) => ({ value: node.code, label: node.name[language] });
    // A family is a process too: first in its group, so "all of stamping" is one pick.
    return [...tree.processFamilies].sort(sort).map((family) => ({ group: family.name[language], items: [option(family), ...[...family.processes].sort(sort).map(option)] }));
  }, [tree, language]);
  const windows = [
    { value: '', label: t('feed.withinAny') },
    ...WITHIN_DAYS.map((days) => ({ value: String(days), label: t('feed.withinDays', { count: days }) })),
  ];
  return (
    <Group gap="sm" align="flex-end" grow preventGrowOverflow={false} role="group" aria-label={t('feed.filters')}>
      <Select
        label={t('feed.process')}
        placeholder={t('feed.processPlaceholder')}
        data={processes}
        value={value.process || null}
        onChange={(process) => onChange({ ...value, process: process ?? '' })}
        searchable
        clearable
        maxDropdownHeight={280}
        miw={200}
      />
      <Select
        label={t('feed.within')}
        data={windows}
        value={value.withinDays === null ? '' : String(value.withinDays)}
        onChange={(days) => onChange({ ...value, withinDays: days ? Number(days) : null })}
        allowDeselect={false}
        miw={200}
      />
    </Group>
  );
}
