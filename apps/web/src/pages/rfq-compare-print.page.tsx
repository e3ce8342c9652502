import { Anchor, Button, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { getComparison, type Comparison } from '../api/comparison';
import { calendarDate } from '../components/comparison-figures';
import '../components/comparison-print.css';
import { ComparisonPrintEntry } from '../components/comparison-print-entry';
import { ComparisonSettingsTable } from '../components/comparison-settings-table';
import { ErrorAlert } from '../components/error-alert';
import { formatDateTime, formatNumber } from '../i18n/format';
import { useSession } from '../session/session';

/**
 * The comparison on paper (issue 17): every line and quantity break with each quote's landed breakdown, the
 * exchange rate with its date and source, the figures with their sources and when it was frozen. On screen a
 * "Print" button; printed, no navigation (comparison-print.css).
 */
export function RfqComparePrintPage() {
  const { t } = useTranslation(['compare', 'rfqs']);
  const { rfqId = '' } = useParams();
  const { run, me } = useSession();
  const timeZone = me?.user.timeZone;
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    setComparison(null);
    setError(null);
    run(() => getComparison(rfqId))
      .then(setComparison)
      .catch(setError);
  }, [rfqId, run]);

  const back = (
    <Anchor component={Link} to={`/rfqs/${rfqId}/compare`} size="sm" data-print="hide">
      {t('print.back')}
    </Anchor>
  );
  if (error)
    return (
      <Stack gap="lg" maw={1000}>
        {back}
        <ErrorAlert error={error} />
      </Stack>
    );
  if (!comparison)
    return (
      <Center h={160}>
        <Loader aria-label={t('loading')} />
      </Center>
    );
  const rate = comparison.fxRate;

  return (
    <Stack gap="md" maw={1000} data-testid="comparison-print">
      <Group justify="space-between" data-print="hide">
        {back}
        <Button leftSection={<IconPrinter size={16} aria-hidden />} onClick={() => window.print()}>
          {t('print.print')}
        </Button>
      </Group>
      <Stack gap={4}>
        <Title order={1}>{t('print.title')}</Title>
        <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
          {comparison.rfqTitle}
        </Text>
        <Text size="sm">{comparison.deliveryZip ? t('intro', { zip: comparison.deliveryZip }) : t('introNoZip')}</Text>
      </Stack>
      <Stack gap={4} data-testid="print-basis">
        <Text size="sm">
          {rate
            ? t('print.rate', { rate: rate.mxnPerUsd, source: t(`rate.sources.${rate.source}`, { defaultValue: rate.source }), date: calendarDate(rate.rateDate) })
            : t('rate.none')}
        </Text>
        {rate?.earlierDate && <Text size="sm">{t('rate.earlier', { requested: calendarDate(rate.requestedDate), date: calendarDate(rate.rateDate) })}</Text>}
        <Text size="sm">{comparison.frozenAt ? t('print.frozen', { date: formatDateTime(comparison.frozenAt, timeZone) }) : t('live')}</Text>
        {comparison.refreshedCount > 0 && comparison.refreshedAt && (
          <Text size="sm">{t('refreshedCount', { count: comparison.refreshedCount, date: formatDateTime(comparison.refreshedAt, timeZone) })}</Text>
        )}
        <Text size="sm">{t('print.computed', { date: formatDateTime(comparison.computedAt, timeZone) })}</Text>
      </Stack>
      <Stack gap={6} component="section" aria-labelledby="comparison-settings-title" data-print="section">
        <Title order={2} size="h4" id="comparison-settings-title">
          {t('print.settings')}
        </Title>
        <ComparisonSettingsTable settings={comparison.settings} />
      </Stack>
      {comparison.lines.map((line) => {
        const unit = t(`rfqs:units.${line.unit}`, { defaultValue: line.unit });
        return (
          <Stack key={line.rfqLineId} gap="sm" component="section" aria-labelledby={`print-line-${line.rfqLineId}`}>
            <Title order={2} size="h3" id={`print-line-${line.rfqLineId}`} style={{ overflowWrap: 'anywhere' }}>
              {t('lineTitle', { position: line.position + 1, part: line.partName })}
            </Title>
            {line.breaks.map((item) => {
              const cheapest = item.entries.find((entry) => entry.landedPerUnitUsd !== null)?.quoteId;
              return (
                <Stack key={item.quantity} gap="xs" component="section" aria-label={t('breakTitle', { quantity: formatNumber(item.quantity), unit })}>
                  <Title order={3} size="h4">
                    {t('breakTitle', { quantity: formatNumber(item.quantity), unit })}
                  </Title>
                  {item.entries.length === 0 && <Text size="sm">{t('noEntries')}</Text>}
                  {item.entries.map((entry) => (
                    <ComparisonPrintEntry key={entry.quoteId} entry={entry} cheapest={comparison.sort === 'landed' && entry.quoteId === cheapest} />
                  ))}
                </Stack>
              );
            })}
          </Stack>
        );
      })}
    </Stack>
  );
}
