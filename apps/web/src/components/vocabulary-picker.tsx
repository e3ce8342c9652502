import { MultiSelect } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang, VocabularyNode, VocabularyTree } from './vocabulary-types';

export type PickerKind = 'processes' | 'materials' | 'industries';
/** The search page also picks certifications, which suppliers record in their own section, not with this picker. */
type AnyKind = PickerKind | 'certifications';

const byName = (language: Lang) => (a: VocabularyNode, b: VocabularyNode) => a.name[language].localeCompare(b.name[language], language);

/** Vocabulary codes of one kind picked by name in the reader's language; processes grouped by family. */
export function VocabularyPicker({
  kind,
  tree,
  language,
  value,
  onChange,
  error,
  label,
}: {
  kind: AnyKind;
  tree: VocabularyTree;
  language: Lang;
  value: string[];
  onChange: (codes: string[]) => void;
  error?: string;
  /** Another screen's words for the field (the search page's filters). */
  label?: string;
}) {
  const { t } = useTranslation('suppliers');
  const data = useMemo(() => {
    const sort = byName(language);
    const option = (node: VocabularyNode) => ({ value: node.code, label: node.name[language] });
    if (kind !== 'processes') return [...tree[kind]].sort(sort).map(option);
    // A family is a process too ("Troquelado" when the description names no finer one): first in its group.
    return [...tree.processFamilies].sort(sort).map((family) => ({ group: family.name[language], items: [option(family), ...[...family.processes].sort(sort).map(option)] }));
  }, [kind, tree, language]);
  return (
    <MultiSelect
      label={label ?? t(`capabilities.${kind}`)}
      placeholder={value.length === 0 ? t('capabilities.pickPlaceholder') : undefined}
      data={data}
      value={value}
      onChange={onChange}
      searchable
      clearable
      nothingFoundMessage={t('capabilities.nothingFound')}
      error={error}
      maxDropdownHeight={280}
    />
  );
}
