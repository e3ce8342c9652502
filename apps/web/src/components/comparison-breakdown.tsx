import { Alert, List, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { LandedBreakdown } from '../api/comparison';
import { formatNumber } from '../i18n/format';
import { assumptionText } from './comparison-assumption-text';
import { calendarDate, daysText, quoted, usdTotal, usdUnit } from './comparison-figures';

/** One row of the breakdown: what and how it came about (under it, so a phone has room), and the figure per unit. */
function Row({ label, perUnit, detail, strong = false }: { label: string; perUnit: string; detail?: string; strong?: boolean }) {
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={strong ? 700 : 500}>
        {label}
        {detail && (
          <Text size="sm" fw={400} c="dimmed">
            {detail}
          </Text>
        )}
      </Table.Th>
      <Table.Td ta="right" fw={strong ? 700 : undefined} style={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>
        {perUnit}
      </Table.Td>
    </Table.Tr>
  );
}

/**
 * "How this is computed" for one quote × line × break: the unit price in dollars, each freight leg, duty with and
 * without USMCA, the processing fee, tooling per unit, the total; then the warnings (translated by code) and the
 * assumptions with their sources.
 */
export function ComparisonBreakdown({ landed }: { landed: LandedBreakdown }) {
  const { t } = useTranslation('compare');
  const { unitPrice, freight, duty, mpf, tooling, total } = landed;
  const trucks = freight.truckBasis === 'one_truck_per_order' ? t('breakdown.oneTruckPerOrder') : t('breakdown.trucks', { count: freight.trucks });
  const transit = daysText(t, { leadTimeDays: 0, low: landed.transit.low, high: landed.transit.high });
  return (
    <Stack gap="sm" data-testid="comparison-breakdown">
      <Table withRowBorders verticalSpacing={4} aria-label={t('breakdown.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th colSpan={2}>{t('breakdown.title')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          <Row
            label={t('breakdown.unitPrice')}
            perUnit={usdUnit(unitPrice.usd)}
            detail={unitPrice.fxRate ? t('breakdown.unitPriceFx', { quoted: quoted(unitPrice.quoted, unitPrice.currency), rate: unitPrice.fxRate.mxnPerUsd }) : undefined}
          />
          <Row label={t('breakdown.freight', { incoterm: freight.incoterm, place: freight.place })} perUnit={usdUnit(freight.perUnit)} detail={`${usdTotal(freight.total)} · ${trucks}`} />
          {freight.legs.map((leg) => (
            <Row
              key={leg.kind}
              label={`· ${t(`breakdown.legs.${leg.kind}`)}`}
              perUnit={usdUnit(leg.perUnit)}
              detail={
                leg.includedInIncoterm
                  ? t('breakdown.legIncluded')
                  : leg.km !== null && leg.ratePerKm
                    ? t('breakdown.legKm', { km: formatNumber(leg.km), rate: quoted(leg.ratePerKm, 'USD'), perTruck: usdTotal(leg.perTruck) })
                    : t('breakdown.legPerTruck', { perTruck: usdTotal(leg.perTruck) })
              }
            />
          ))}
          <Row
            label={t('breakdown.duty', { hsCode: duty.hsCode, percent: duty.withoutUsmca.ratePercent })}
            perUnit={usdUnit(duty.applied.perUnit)}
            detail={[
              duty.usmcaApplies ? t('breakdown.usmcaApplies') : t('breakdown.usmcaNotApplies'),
              t('breakdown.dutyWithUsmca', { amount: usdTotal(duty.withUsmca.total) }),
              t('breakdown.dutyWithoutUsmca', { amount: usdTotal(duty.withoutUsmca.total) }),
              duty.paidBySeller ? t('breakdown.paidBySeller') : null,
              t('breakdown.dutyEstimate'),
            ]
              .filter(Boolean)
              .join(' · ')}
          />
          <Row
            label={t('breakdown.mpf')}
            perUnit={usdUnit(mpf.perUnit)}
            detail={
              mpf.exemptUnderUsmca
                ? t('breakdown.mpfExempt', { amount: usdTotal(mpf.withoutUsmcaTotal) })
                : `${usdTotal(mpf.total)} · ${t(`breakdown.mpfBound.${mpf.bound}`, { percent: mpf.ratePercent })}`
            }
          />
          <Row
            label={t('breakdown.tooling')}
            perUnit={usdUnit(tooling.perUnit)}
            detail={t('breakdown.toolingSpread', { amount: usdTotal(tooling.usd), count: formatNumber(tooling.spreadOver), basis: t(`breakdown.toolingBasis.${tooling.spreadBasis}`) })}
          />
          <Row
            strong
            label={t('breakdown.total')}
            perUnit={usdUnit(total.perUnit)}
            detail={[
              t('breakdown.totalWithoutUsmca', { perUnit: usdUnit(total.withoutUsmcaPerUnit), total: usdTotal(total.withoutUsmcaForQuantity) }),
              t('breakdown.saving', { amount: usdUnit(duty.usmcaSavingPerUnit) }),
              transit ? t('breakdown.transit', { days: transit }) : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          />
        </Table.Tbody>
      </Table>
      {landed.warnings.length > 0 && (
        <Alert color="orange" icon={<IconAlertTriangle aria-hidden />}>
          {/* The title inside the body: a light alert's coloured title is too pale to read. */}
          <Text fw={700} size="sm">
            {t('breakdown.warnings')}
          </Text>
          <List size="sm">
            {landed.warnings.map((warning) => (
              <List.Item key={warning.code}>{t(`warnings.${warning.code}`, { ...warning.params, date: warning.params['date'] ? calendarDate(warning.params['date']) : undefined })}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      <Title order={4} size="h6">
        {t('breakdown.assumptions')}
      </Title>
      <Stack gap={6} component="ul" data-testid="comparison-assumptions" style={{ listStyle: 'none', padding: 0, margin: 0, overflowWrap: 'anywhere' }}>
        {landed.assumptions.map((assumption, index) => {
          const text = assumptionText(t, assumption);
          return (
            <li key={`${assumption.key}-${index}`}>
              <Text size="sm">
                <Text span fw={600} size="sm">
                  {t(`assumptionKeys.${assumption.key}`, { defaultValue: assumption.key })}:
                </Text>{' '}
                {text.value}
              </Text>
              <Text size="xs" c="dimmed">
                {t('breakdown.assumptionSource')}: {text.source}
              </Text>
            </li>
          );
        })}
      </Stack>
    </Stack>
  );
}
