import { Stack, Table, Text } from '@mantine/core';
import { useId, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuoteRevision } from '../api/quotes-buyer';
import { formatNumber, locale } from '../i18n/format';
import { formatDecimalMoney } from './quote-figures';

type QuoteLine = QuoteRevision['lines'][number];

/** Read by assistive technology, not drawn. */
const VISUALLY_HIDDEN: CSSProperties = { position: 'absolute', width: 1, height: 1, padding: 0, margin: -1, overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap', border: 0 };

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
  const captionId = useId();
  const caption = t('quotes.lineCaption', { line: lineName(line), supplier: supplierName });
  // A break of a declined line says only "not quoted": the line's reason is said once, under the table.
  const declined = (reason: string | null) => (reason ? t('quotes.declined', { reason: t(`quote:declineReasonsInline.${reason}`) }) : t('quotes.notQuoted'));
  return (
    <Stack gap={4}>
      {/* The caption names the table for assistive technology; the same words show above the scrolling box, where a
          narrow phone cannot clip them (a caption is as wide as its table). */}
      <Text fw={700} size="sm" aria-hidden>
        {caption}
      </Text>
      {/* Scrolls sideways on a narrow phone rather than squeeze the prices; focusable so a keyboard can scroll it. */}
      <div role="region" aria-labelledby={captionId} tabIndex={0} style={{ position: 'relative', overflowX: 'auto', maxWidth: 720 }}>
        <Table verticalSpacing={6} horizontalSpacing="xs" withTableBorder striped>
          <caption id={captionId} style={VISUALLY_HIDDEN}>
            {caption}
          </caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" ta="end">
                {t('quotes.quantityIn', { unit })}
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
                  {formatNumber(entry.quantity)}
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
                    {declined(entry.declineReason ?? (line.declineReason ? null : 'other'))}
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
      {line.declineReason && (
        <Text size="sm" fw={600}>
          {t('quotes.lineDeclined', { reason: t(`quote:declineReasonsInline.${line.declineReason}`) })}
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
