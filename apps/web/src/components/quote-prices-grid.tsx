import { Card, Checkbox, NumberInput, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QUOTE_DECLINE_REASONS, type Currency, type QuoteDeclineReason } from '../api/quotes';
import type { RfqLine } from '../api/opportunities';
import { formatNumber, locale } from '../i18n/format';
import type { BreakDraft, LineDraft } from './quote-draft';
import type { FormErrors } from './quote-form-errors';
import { formatDecimalMoney } from './quote-figures';
import { extendedPrice, normalizeAmount } from './quote-money';

const reasonOf = (value: string | null): QuoteDeclineReason | null => QUOTE_DECLINE_REASONS.find((reason) => reason === value) ?? null;

function ReasonSelect({ label, value, onChange, error }: { label: string; value: QuoteDeclineReason | null; onChange: (reason: QuoteDeclineReason | null) => void; error?: string }) {
  const { t } = useTranslation('quote');
  return (
    <Select
      label={label}
      placeholder={t('grid.choose')}
      data={QUOTE_DECLINE_REASONS.map((reason) => ({ value: reason, label: t(`declineReasons.${reason}`) }))}
      value={value}
      onChange={(chosen) => onChange(reasonOf(chosen))}
      allowDeselect={false}
      required
      error={error}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

/**
 * One quantity break: its quantity, the unit price with the extended price worked out as the supplier types
 * (exactly, from the decimal string), or "not quoted" with a reason. On a phone the parts stack; at a desk
 * they sit in a row.
 */
function BreakRow({ line, lineIndex, position, step, currency, unit, onBreak, errors }: { line: string; lineIndex: number; position: number; step: BreakDraft; currency: Currency; unit: string; onBreak: (patch: Partial<BreakDraft>) => void; errors: FormErrors }) {
  const { t } = useTranslation('quote');
  const quantity = `${formatNumber(step.quantity)} ${unit}`;
  const labelId = `break-${lineIndex}-${position}`;
  const at = `lines.${lineIndex}.breaks.${position}`;
  const extended = step.declined ? null : extendedPrice(normalizeAmount(step.unitPrice), step.quantity);
  const priceLabel = t('grid.unitPrice', { currency });
  return (
    <Paper withBorder radius="sm" p="sm" role="group" aria-labelledby={labelId} data-testid="quote-break">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs" verticalSpacing={6}>
        <Stack gap={4}>
          <Text fw={700} id={labelId}>
            {quantity}
          </Text>
          <Checkbox
            label={t('grid.declineBreak')}
            aria-label={t('grid.declineBreakFor', { quantity, line })}
            checked={step.declined}
            onChange={(event) => onBreak({ declined: event.currentTarget.checked })}
          />
        </Stack>
        {step.declined ? (
          <ReasonSelect label={t('grid.declineReason')} value={step.declineReason} onChange={(declineReason) => onBreak({ declineReason })} error={errors.at(`${at}.declineReason`)} />
        ) : (
          <TextInput
            label={priceLabel}
            aria-label={t('grid.unitPriceFor', { label: priceLabel, quantity, line })}
            inputMode="decimal"
            autoComplete="off"
            value={step.unitPrice}
            onChange={(event) => onBreak({ unitPrice: event.currentTarget.value.replace(/[^\d.,\s]/g, '') })}
            error={errors.at(`${at}.unitPrice`)}
            required
          />
        )}
        <Stack gap={0} justify="center">
          <Text size="xs" c="dimmed" fw={600} tt="uppercase">
            {t('grid.extended')}
          </Text>
          <Text fw={600} data-testid="quote-extended">
            {step.declined ? t('grid.notQuoted') : extended !== null ? formatDecimalMoney(extended, currency, locale(), 2) : '—'}
          </Text>
        </Stack>
      </SimpleGrid>
    </Paper>
  );
}

/** The grid of the RFQ's lines × quantity breaks: a card per line, its breaks stacked, each priced or declined. */
export function QuotePricesGrid({ rfqLines, lines, currency, onLines, errors }: { rfqLines: RfqLine[]; lines: LineDraft[]; currency: Currency; onLines: (lines: LineDraft[]) => void; errors: FormErrors }) {
  const { t } = useTranslation(['quote', 'opportunities']);
  const setLine = (index: number, patch: Partial<LineDraft>) => onLines(lines.map((line, candidate) => (candidate === index ? { ...line, ...patch } : line)));
  return (
    <Stack gap="md">
      {lines.map((line, index) => {
        const rfqLine = rfqLines.find((candidate) => candidate.id === line.rfqLineId);
        const unit = t(`opportunities:units.${rfqLine?.unit ?? 'pcs'}`, { defaultValue: rfqLine?.unit ?? '' });
        const name = t('quote:where.line', { number: index + 1, name: rfqLine?.partName ?? '' });
        const headingId = `quote-line-${index}`;
        const lineError = errors.at(`lines.${index}`) ?? errors.at(`lines.${index}.breaks`);
        return (
          <Card key={line.rfqLineId} withBorder padding="sm" component="section" aria-labelledby={headingId} data-testid="quote-line">
            <Stack gap="sm">
              <Stack gap={0}>
                <Title order={3} size="h4" id={headingId} style={{ overflowWrap: 'anywhere' }}>
                  {name}
                </Title>
                {rfqLine?.partNumber && (
                  <Text size="sm" c="dimmed">
                    {t('opportunities:details.partNumber', { number: rfqLine.partNumber })}
                  </Text>
                )}
              </Stack>
              <Checkbox label={t('quote:grid.declineLine')} aria-label={t('quote:grid.declineLineFor', { line: name })} checked={line.declined} onChange={(event) => setLine(index, { declined: event.currentTarget.checked })} />
              {line.declined ? (
                <ReasonSelect label={t('quote:grid.declineReason')} value={line.declineReason} onChange={(declineReason) => setLine(index, { declineReason })} error={errors.at(`lines.${index}.declineReason`)} />
              ) : (
                <>
                  {line.breaks.map((step, position) => (
                    <BreakRow
                      key={step.quantity}
                      line={name}
                      lineIndex={index}
                      position={position}
                      step={step}
                      currency={currency}
                      unit={unit}
                      errors={errors}
                      onBreak={(patch) => setLine(index, { breaks: line.breaks.map((candidate, at) => (at === position ? { ...candidate, ...patch } : candidate)) })}
                    />
                  ))}
                  <NumberInput
                    label={t('quote:grid.minimumOrder', { unit })}
                    aria-label={t('quote:grid.minimumOrderFor', { unit, line: name })}
                    description={t('quote:grid.minimumOrderHint')}
                    min={1}
                    allowDecimal={false}
                    allowNegative={false}
                    thousandSeparator=","
                    maw={280}
                    value={line.minimumOrder}
                    onChange={(value) => setLine(index, { minimumOrder: typeof value === 'number' ? value : value.trim() === '' ? '' : Number(value) })}
                    error={errors.at(`lines.${index}.minimumOrder`)}
                  />
                </>
              )}
              {lineError && (
                <Text size="sm" c="var(--mantine-color-error)">
                  {lineError}
                </Text>
              )}
            </Stack>
          </Card>
        );
      })}
    </Stack>
  );
}
