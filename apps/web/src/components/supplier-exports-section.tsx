import { NumberInput, SimpleGrid, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SupplierExportsDto } from '../api/api-client';
import { fieldError } from './error-alert';
import { numberOrUndefined, type Draft, type DraftChange } from './supplier-draft';

/** Exports to the US, USMCA certificate of origin, IMMEX and REPSE. */
export function SupplierExportsSection({ draft, onChange, error }: { draft: Draft; onChange: DraftChange; error: unknown }) {
  const { t } = useTranslation('suppliers');
  const exports = draft.exports;
  const set = (patch: Partial<SupplierExportsDto>) => onChange({ exports: { ...exports, ...patch } });
  const text = (key: 'immexProgramNumber' | 'repseNumber') => (
    <TextInput label={t(`exports.${key}`)} value={exports[key] ?? ''} onChange={(event) => set({ [key]: event.currentTarget.value })} maxLength={50} error={fieldError(error, `exports.${key}`)} />
  );
  const date = (key: 'repseRegisteredOn' | 'repseValidUntil') => (
    <TextInput type="date" label={t(`exports.${key}`)} value={exports[key] ?? ''} onChange={(event) => set({ [key]: event.currentTarget.value })} error={fieldError(error, `exports.${key}`)} />
  );
  return (
    <Stack gap="md">
      <Switch label={t('exports.exportsToUs')} checked={exports.exportsToUs ?? false} onChange={(event) => set({ exportsToUs: event.currentTarget.checked })} />
      {exports.exportsToUs && (
        <NumberInput
          label={t('exports.usExportSharePercent')}
          value={exports.usExportSharePercent ?? ''}
          onChange={(value) => set({ usExportSharePercent: numberOrUndefined(value) })}
          min={0}
          max={100}
          suffix=" %"
          error={fieldError(error, 'exports.usExportSharePercent')}
        />
      )}
      <Switch
        label={t('exports.usmcaCertificateOfOrigin')}
        checked={exports.usmcaCertificateOfOrigin ?? false}
        onChange={(event) => set({ usmcaCertificateOfOrigin: event.currentTarget.checked })}
      />
      {text('immexProgramNumber')}
      <Text size="sm" c="dimmed">
        {t('exports.repseHint')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {text('repseNumber')}
        {date('repseRegisteredOn')}
        {date('repseValidUntil')}
      </SimpleGrid>
    </Stack>
  );
}
