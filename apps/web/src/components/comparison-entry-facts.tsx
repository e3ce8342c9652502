import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ComparisonEntry } from '../api/comparison';
import { calendarDate, daysText, quoted, usdTotal, usdUnit } from './comparison-figures';
import { ComparisonTrackRecord } from './comparison-track-record';
import type { NameOf } from './opportunity-names';
import { VerificationBadge } from './verification-badge';

// The pieces of one comparison entry, shared by the desktop table and the phone cards.

/** The supplier's name, verification level, certifications valid on the need-by date, rating and response rate. */
export function EntrySupplier({ entry, nameOf, cheapest }: { entry: ComparisonEntry; nameOf: NameOf; cheapest: boolean }) {
  const { t } = useTranslation('compare');
  const certifications = entry.certifications.map((certification) =>
    certification.validUntil ? t('validUntil', { type: nameOf(certification.type), date: calendarDate(certification.validUntil) }) : nameOf(certification.type),
  );
  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="wrap">
        <Text fw={700} style={{ overflowWrap: 'anywhere' }}>
          {entry.supplier.name}
        </Text>
        {cheapest && (
          <Badge color="brand.9" variant="outline" size="sm" miw="max-content">
            {t('cheapest')}
          </Badge>
        )}
      </Group>
      <Group gap="xs">
        <VerificationBadge level={entry.supplier.verificationLevel} />
      </Group>
      <Text size="sm" c="dimmed">
        {certifications.length > 0 ? t('certifications', { list: certifications.join(', ') }) : t('noCertifications')}
      </Text>
      <ComparisonTrackRecord record={entry.trackRecord} />
    </Stack>
  );
}

/** The quoted unit price in its currency and, for pesos, in dollars; or why there is none. */
export function EntryPrice({ entry }: { entry: ComparisonEntry }) {
  const { t } = useTranslation('compare');
  if (entry.unitPrice === null) return <Text size="sm">{t('declined', { reason: t(`quote:declineReasonsInline.${entry.declineReason ?? 'other'}`) })}</Text>;
  return (
    <Stack gap={0}>
      <Text style={{ whiteSpace: 'nowrap' }}>{quoted(entry.unitPrice, entry.currency)}</Text>
      {entry.landed && entry.currency !== 'USD' && (
        <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {t('usd', { amount: usdUnit(entry.landed.unitPrice.usd) })}
        </Text>
      )}
    </Stack>
  );
}

/** The landed cost per unit, or why it cannot be computed. */
export function EntryLandedUnit({ entry }: { entry: ComparisonEntry }) {
  const { t } = useTranslation('compare');
  if (entry.unavailable) return <Text size="sm">{t('unavailable', { field: entry.unavailable.field })}</Text>;
  return entry.landedPerUnitUsd ? (
    <Text fw={700} style={{ whiteSpace: 'nowrap' }}>
      {usdUnit(entry.landedPerUnitUsd)}
    </Text>
  ) : (
    <Text c="dimmed">—</Text>
  );
}

export const entryLandedTotal = (entry: ComparisonEntry): string => (entry.landed ? usdTotal(entry.landed.total.forQuantity) : '—');

export function useEntryDays(): (entry: ComparisonEntry) => string {
  const { t } = useTranslation('compare');
  return (entry) => daysText(t, entry.daysToDelivery) ?? '—';
}
