import { Loader, Stack, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, fieldError } from './error-alert';
import type { Draft, DraftChange } from './supplier-draft';
import { SupplierSuggestions } from './supplier-suggestions';
import { VocabularyPicker, type PickerKind } from './vocabulary-picker';
import type { Lang, VocabularyTree } from './vocabulary-types';

const KINDS: PickerKind[] = ['processes', 'materials', 'industries'];

/** The first error on any entry of a code list ("processes[2]: not in the vocabulary"). */
function listError(error: unknown, kind: PickerKind, length: number): string | undefined {
  return Array.from({ length }, (_, index) => fieldError(error, `${kind}[${index}]`)).find(Boolean) ?? fieldError(error, kind);
}

/** The description in Spanish and/or English, and processes, materials and industries as vocabulary codes. */
export function SupplierCapabilitiesSection({
  draft,
  onChange,
  error,
  tree,
  treeError,
  language,
}: {
  draft: Draft;
  onChange: DraftChange;
  error: unknown;
  tree: VocabularyTree | null;
  treeError: unknown;
  language: Lang;
}) {
  const { t } = useTranslation('suppliers');
  const descriptionError = fieldError(error, 'description') ?? fieldError(error, 'descriptionLanguage');
  return (
    <Stack gap="md">
      <Textarea
        label={t('capabilities.descriptionEs')}
        description={t('capabilities.descriptionHint')}
        lang="es"
        value={draft.descriptionEs}
        onChange={(event) => onChange({ descriptionEs: event.currentTarget.value })}
        maxLength={5000}
        autosize
        minRows={3}
        error={descriptionError ?? fieldError(error, 'description.es')}
      />
      <Textarea
        label={t('capabilities.descriptionEn')}
        lang="en"
        value={draft.descriptionEn}
        onChange={(event) => onChange({ descriptionEn: event.currentTarget.value })}
        maxLength={5000}
        autosize
        minRows={3}
        error={fieldError(error, 'description.en')}
      />
      <SupplierSuggestions draft={draft} onChange={onChange} language={language} />
      {treeError ? (
        <ErrorAlert error={treeError} />
      ) : !tree ? (
        <Loader size="sm" aria-label={t('capabilities.loading')} />
      ) : (
        KINDS.map((kind) => (
          <VocabularyPicker
            key={kind}
            kind={kind}
            tree={tree}
            language={language}
            value={draft[kind]}
            onChange={(codes) => onChange({ [kind]: codes })}
            error={listError(error, kind, draft[kind].length)}
          />
        ))
      )}
    </Stack>
  );
}
