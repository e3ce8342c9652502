import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Comparison } from '../api/comparison';
import { locale } from '../i18n/format';
import { documentedSource } from './comparison-assumption-text';
import { quoted, usdTotal } from './comparison-figures';

/** One figure of the landed-cost model and where it comes from. */
function Row({ label, value, source }: { label: string; value: string; source: string }) {
  return (
    <Table.Tr>
      <Table.Th scope="row">{label}</Table.Th>
      <Table.Td>{value}</Table.Td>
      <Table.Td>
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {source}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}

/**
 * The figures the comparison was computed with (freight per km per leg, the crossing, the processing fee, the
 * duty estimate), each with its source as the configuration recorded it: what a printed comparison rests on.
 */
export function ComparisonSettingsTable({ settings }: { settings: Comparison['settings'] }) {
  const { t } = useTranslation('compare');
  const { mpf, dutyRates } = settings;
  // Up to 4 places: the fee's rate is 0.3464 %.
  const percent = (value: string) => `${new Intl.NumberFormat(locale(), { maximumFractionDigits: 4 }).format(Number(value))} %`;
  const chapters = Object.entries(dutyRates.byChapter)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([chapter, rate]) => t('settings.chapterRate', { chapter, rate: percent(rate) }))
    .join(', ');
  const configured = dutyRates.configured;
  return (
    <Table withTableBorder withRowBorders verticalSpacing={4} data-testid="comparison-settings" aria-labelledby="comparison-settings-title">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('settings.figure')}</Table.Th>
          <Table.Th scope="col">{t('settings.value')}</Table.Th>
          <Table.Th scope="col">{t('settings.source')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        <Row label={t('assumptionKeys.mexicoCostPerKm')} value={t('settings.perKm', { amount: quoted(settings.mexicoCostPerKm.value, 'USD') })} source={documentedSource(t, settings.mexicoCostPerKm.sourceCode, settings.mexicoCostPerKm.source)} />
        <Row label={t('assumptionKeys.usCostPerKm')} value={t('settings.perKm', { amount: quoted(settings.usCostPerKm.value, 'USD') })} source={documentedSource(t, settings.usCostPerKm.sourceCode, settings.usCostPerKm.source)} />
        <Row label={t('assumptionKeys.crossingPerTruck')} value={t('settings.perTruck', { amount: usdTotal(settings.crossingPerTruck.value) })} source={documentedSource(t, settings.crossingPerTruck.sourceCode, settings.crossingPerTruck.source)} />
        <Row
          label={t('assumptionKeys.mpf')}
          value={t('settings.mpf', { percent: percent(mpf.ratePercent), minimum: usdTotal(mpf.minimum), maximum: usdTotal(mpf.maximum), fiscalYear: mpf.fiscalYear })}
          source={documentedSource(t, mpf.sourceCode, mpf.source)}
        />
        <Row label={t('assumptionKeys.dutyRate')} value={`${chapters}; ${t('settings.dutyDefault', { rate: percent(dutyRates.defaultPercent) })}`} source={`${t('breakdown.dutyEstimate')} ${documentedSource(t, dutyRates.sourceCode, dutyRates.source)}`} />
        {configured && (
          <Row
            label={t('settings.dutyConfigured')}
            value={[configured.chapters.length > 0 ? configured.chapters.join(', ') : null, configured.defaultPercent ? t('settings.dutyDefaultConfigured') : null].filter(Boolean).join('; ')}
            source={configured.source}
          />
        )}
      </Table.Tbody>
    </Table>
  );
}
