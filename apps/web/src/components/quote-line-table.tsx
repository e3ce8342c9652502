import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { QuoteRevision } from '../api/quotes-buyer';
import { formatNumber, locale } from '../i18n/format';
import { formatDecimalMoney } from './quote-figures';

type QuoteLine = QuoteRevision['lines'][number];

/** "Part 1: Housing" (the RFQ's own words for its line). */
export function useLineName(): (line: Pick<QuoteLine, 'position' | 'partName'>) => string {
  const { t } = useTranslation('rfqs');
  return (line) => t('lines.lineTitle', { number: line.position + 1, name: line.partName ?? '' }).replace(/:\s*$/, '');
}

/**
 * One line of a quote: a table of the quantity breaks with the unit and extended price of each (a declined
 * break says why), its minimum order below. Narrow enough for a phone; it scrolls sideways before it squeezes.
 */
export function QuoteLineTable({ line, currency, supplierName }: { line: QuoteLine; currency: string; supplierName: string }) {
  const { t } = useTranslation('rfqs');
  const lineName = useLineName();
  const unit = t(`units.${line.unit}`, { defaultValue: line.unit });
  const declined = (reason: string | null) => t('quotes.declined', { reason: t(`quotes.declineReasons.${reason ?? 'other'}`) });
  return (
    <Stack gap={4}>
      <Table.ScrollContainer minWidth={300} type="native">
        <Table verticalSpacing={6} horizontalSpacing="sm" withTableBorder captionSide="top" striped>
          <Table.Caption style={{ textAlign: 'start', fontWeight: 700, color: 'var(--mantine-color-text)', marginBottom: 6 }}>
            {t('quotes.lineCaption', { line: lineName(line), supplier: supplierName })}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" ta="end">
                {t('quotes.quantity')}
              </Table.Th>
              <Table.Th scope="col" ta="end">
                {t('quotes.unitPrice')}
              </Table.Th>
              <Table.Th scope="col" ta="end">
                {t('quotes.extendedPrice')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {line.breaks.map((entry) => (
              <Table.Tr key={entry.quantity}>
                <Table.Th scope="row" ta="end" fw={600} style={{ whiteSpace: 'nowrap' }}>
                  {formatNumber(entry.quantity)} {unit}
                </Table.Th>
                {entry.unitPrice !== null ? (
                  <>
                    <Table.Td ta="end" style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
                      {formatDecimalMoney(entry.unitPrice, currency, locale())}
                    </Table.Td>
                    <Table.Td ta="end" style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
                      {entry.extendedPrice !== null ? formatDecimalMoney(entry.extendedPrice, currency, locale(), 2) : '—'}
                    </Table.Td>
                  </>
                ) : (
                  <Table.Td colSpan={2} c="dimmed" fs="italic">
                    {declined(entry.declineReason ?? line.declineReason)}
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {line.declineReason && (
        <Text size="sm" fw={600}>
          {t('quotes.lineDeclined', { reason: t(`quotes.declineReasons.${line.declineReason}`) })}
        </Text>
      )}
      {!line.declineReason && (
        <Text size="sm" c="dimmed">
          {line.minimumOrder !== null ? t('quotes.minimumOrder', { formatted: formatNumber(line.minimumOrder), unit }) : t('quotes.noMinimumOrder')}
        </Text>
      )}
    </Stack>
  );
}
