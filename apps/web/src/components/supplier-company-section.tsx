import { MultiSelect, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fieldError } from './error-alert';
import { EMPLOYEE_BANDS, SPOKEN_LANGUAGES, type Draft, type DraftChange } from './supplier-draft';

/** Legal name, trade name, RFC (and how much of it buyers see), website, year founded, size, languages. */
export function SupplierCompanySection({ draft, onChange, error }: { draft: Draft; onChange: DraftChange; error: unknown }) {
  const { t } = useTranslation('suppliers');
  const rfcLength = draft.rfc.trim().length;
  // 0 hides it; otherwise the last 3 or 4 characters (the homoclave and, with 4, the date's last digit).
  const shownOptions = [0, 3, 4, ...(rfcLength > 0 ? [rfcLength] : [])];
  const languageError = Object.keys(draft.languages)
    .map((index) => fieldError(error, `languages[${index}]`))
    .find(Boolean);
  return (
    <Stack gap="md">
      <TextInput
        label={t('company.legalName')}
        description={t('company.legalNameHint')}
        value={draft.legalName}
        onChange={(event) => onChange({ legalName: event.currentTarget.value })}
        maxLength={300}
        error={fieldError(error, 'legalName')}
      />
      <TextInput label={t('company.tradeName')} value={draft.tradeName} onChange={(event) => onChange({ tradeName: event.currentTarget.value })} maxLength={200} error={fieldError(error, 'tradeName')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('company.rfc')}
          description={t('company.rfcHint')}
          value={draft.rfc}
          onChange={(event) => onChange({ rfc: event.currentTarget.value.toUpperCase().replace(/\s/g, '') })}
          maxLength={13}
          autoCapitalize="characters"
          error={fieldError(error, 'rfc')}
        />
        <Select
          label={t('company.rfcShown')}
          description={t('company.rfcShownHint')}
          data={[...new Set(shownOptions)].map((count) => ({ value: String(count), label: count === 0 ? t('company.rfcHidden') : count === rfcLength ? t('company.rfcWhole') : t('company.rfcLast', { count }) }))}
          value={String(draft.rfcShownChars)}
          onChange={(value) => onChange({ rfcShownChars: Number(value ?? 0) })}
          allowDeselect={false}
          error={fieldError(error, 'rfcShownChars')}
        />
      </SimpleGrid>
      <TextInput
        label={t('company.website')}
        placeholder="https://"
        type="url"
        value={draft.website}
        onChange={(event) => onChange({ website: event.currentTarget.value })}
        maxLength={300}
        error={fieldError(error, 'website')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NumberInput
          label={t('company.yearFounded')}
          value={draft.yearFounded}
          onChange={(value) => onChange({ yearFounded: typeof value === 'number' ? value : '' })}
          min={1800}
          max={9999}
          allowDecimal={false}
          hideControls
          error={fieldError(error, 'yearFounded')}
        />
        <Select
          label={t('company.employees')}
          data={EMPLOYEE_BANDS.map((band) => ({ value: band, label: t('company.employeeBand', { band }) }))}
          value={draft.employeeBand ?? null}
          onChange={(value) => onChange({ employeeBand: EMPLOYEE_BANDS.find((band) => band === value) ?? null })}
          clearable
          error={fieldError(error, 'employeeBand')}
        />
      </SimpleGrid>
      <MultiSelect
        label={t('company.languages')}
        data={SPOKEN_LANGUAGES.map((code) => ({ value: code, label: t(`languageNames.${code}`) }))}
        value={draft.languages}
        onChange={(languages) => onChange({ languages })}
        error={languageError}
      />
    </Stack>
  );
}
