import { Card, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Comparison } from '../api/comparison';
import { formatNumber } from '../i18n/format';
import { LandedDaysScatter, type ScatterPoint } from './landed-days-scatter';

/** The quotes of one break that have a landed cost and days: the chart's points (declined and unavailable ones are not). */
export function scatterPoints(entries: Comparison['lines'][number]['breaks'][number]['entries']): ScatterPoint[] {
  return entries.flatMap((entry) => {
    if (entry.landedPerUnitUsd === null || !entry.daysToDelivery) return [];
    const { leadTimeDays, low, high } = entry.daysToDelivery;
    return [{ id: entry.quoteId, supplier: entry.supplier.name, landedPerUnit: Number(entry.landedPerUnitUsd), landedText: entry.landedPerUnitUsd, daysLow: low ?? leadTimeDays, daysHigh: high ?? leadTimeDays }];
  });
}

/**
 * "Cost against time" for the line and quantity the buyer picks: landed cost per unit vs days to delivery per
 * quote, the cheapest and the fastest marked.
 */
export function ComparisonChart({ comparison }: { comparison: Comparison }) {
  const { t } = useTranslation(['compare', 'rfqs']);
  const [lineId, setLineId] = useState(comparison.lines[0]?.rfqLineId ?? '');
  const line = comparison.lines.find((candidate) => candidate.rfqLineId === lineId) ?? comparison.lines[0];
  const [quantity, setQuantity] = useState<string>(String(line?.breaks[0]?.quantity ?? ''));
  if (!line) return null;
  const unit = t(`rfqs:units.${line.unit}`, { defaultValue: line.unit });
  const item = line.breaks.find((candidate) => String(candidate.quantity) === quantity) ?? line.breaks[0];
  const points = item ? scatterPoints(item.entries) : [];
  const lineName = t('lineTitle', { position: line.position + 1, part: line.partName });
  const breakName = item ? t('breakTitle', { quantity: formatNumber(item.quantity), unit }) : '';

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="comparison-chart-title" data-testid="comparison-chart">
      <Stack gap="sm">
        <Title order={2} size="h3" id="comparison-chart-title">
          {t('chart.title')}
        </Title>
        <Group gap="sm" wrap="wrap" align="flex-end">
          <Select
            label={t('chart.line')}
            data={comparison.lines.map((candidate) => ({ value: candidate.rfqLineId, label: t('lineTitle', { position: candidate.position + 1, part: candidate.partName }) }))}
            value={line.rfqLineId}
            onChange={(value) => {
              const next = comparison.lines.find((candidate) => candidate.rfqLineId === value);
              if (!next) return;
              setLineId(next.rfqLineId);
              setQuantity(String(next.breaks[0]?.quantity ?? ''));
            }}
            allowDeselect={false}
            maw={360}
          />
          <Select
            label={t('chart.quantity')}
            data={line.breaks.map((candidate) => ({ value: String(candidate.quantity), label: t('breakTitle', { quantity: formatNumber(candidate.quantity), unit }) }))}
            value={item ? String(item.quantity) : null}
            onChange={(value) => value && setQuantity(value)}
            allowDeselect={false}
            maw={220}
          />
        </Group>
        {points.length === 0 ? (
          <Text size="sm">{t('chart.empty')}</Text>
        ) : (
          <LandedDaysScatter points={points} caption={t('chart.caption', { line: lineName, quantity: breakName })} />
        )}
      </Stack>
    </Card>
  );
}
