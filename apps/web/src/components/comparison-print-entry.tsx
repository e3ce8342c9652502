import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ComparisonEntry } from '../api/comparison';
import { ComparisonBreakdown } from './comparison-breakdown';
import { daysText, quoted, usdTotal, usdUnit } from './comparison-figures';

/** One quote of a break on paper: the supplier and its figures, then the whole landed breakdown (or why there is none). */
export function ComparisonPrintEntry({ entry, cheapest }: { entry: ComparisonEntry; cheapest: boolean }) {
  const { t } = useTranslation('compare');
  const days = daysText(t, entry.daysToDelivery);
  return (
    <Stack gap={6} data-print="entry" data-testid="print-entry" style={{ borderTop: '1px solid #ced4da', paddingTop: 8 }}>
      <Title order={4} size="h5" style={{ overflowWrap: 'anywhere' }}>
        {entry.supplier.name}
        {cheapest ? ` · ${t('cheapest')}` : ''}
      </Title>
      <Text size="sm">
        {entry.unitPrice === null
          ? t('declined', { reason: t(`quote:declineReasonsInline.${entry.declineReason ?? 'other'}`) })
          : [
              t('print.quoted', { price: quoted(entry.unitPrice, entry.currency), incoterm: entry.incoterm, place: entry.place }),
              entry.landedPerUnitUsd ? t('print.landed', { perUnit: usdUnit(entry.landedPerUnitUsd), total: usdTotal(entry.landed?.total.forQuantity ?? '0') }) : null,
              days ? t('print.days', { days }) : null,
            ]
              .filter(Boolean)
              .join(' · ')}
      </Text>
      {entry.unavailable && <Text size="sm">{t('unavailable', { field: entry.unavailable.field })}</Text>}
      {entry.landed && <ComparisonBreakdown landed={entry.landed} />}
    </Stack>
  );
}
