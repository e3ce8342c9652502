import { NumberInput, Select, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SupplierCapacityDto } from '../api/api-client';
import { fieldError } from './error-alert';
import { CAPACITY_UNITS, numberOrUndefined, type Draft, type DraftChange } from './supplier-draft';

/** Minimum order, monthly capacity with its unit, lead time and shifts. */
export function SupplierCapacitySection({ draft, onChange, error }: { draft: Draft; onChange: DraftChange; error: unknown }) {
  const { t } = useTranslation('suppliers');
  const set = (patch: Partial<SupplierCapacityDto>) => onChange({ capacity: { ...draft.capacity, ...patch } });
  const number = (key: 'minimumOrderQuantity' | 'monthlyCapacity' | 'leadTimeDays' | 'shifts', min: number, max: number) => (
    <NumberInput
      label={t(`capacity.${key}`)}
      value={draft.capacity[key] ?? ''}
      onChange={(value) => set({ [key]: numberOrUndefined(value) })}
      min={min}
      max={max}
      allowDecimal={false}
      allowNegative={false}
      thousandSeparator=","
      error={fieldError(error, `capacity.${key}`)}
    />
  );
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      {number('minimumOrderQuantity', 1, 1_000_000_000)}
      {number('monthlyCapacity', 1, 1_000_000_000)}
      <Select
        label={t('capacity.monthlyCapacityUnit')}
        data={CAPACITY_UNITS.map((unit) => ({ value: unit, label: t(`units.${unit}`) }))}
        value={draft.capacity.monthlyCapacityUnit ?? null}
        onChange={(value) => set({ monthlyCapacityUnit: CAPACITY_UNITS.find((unit) => unit === value) })}
        clearable
        error={fieldError(error, 'capacity.monthlyCapacityUnit')}
      />
      {number('leadTimeDays', 0, 730)}
      {number('shifts', 1, 4)}
    </SimpleGrid>
  );
}
