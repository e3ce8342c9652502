import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconDownload, IconPrinter, IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { downloadComparisonCsv, refreshComparison, type Comparison } from '../api/comparison';
import { formatDateTime } from '../i18n/format';
import { currentLanguage } from '../i18n/i18n';
import { useSession } from '../session/session';
import { calendarDate } from './comparison-figures';
import { ErrorAlert } from './error-alert';
import { useAction } from './use-action';

/** A long label wraps on a phone instead of being cut off. */
const WRAP = { label: { whiteSpace: 'normal' as const, lineHeight: 1.3 } };

/**
 * What the comparison rests on: the rate used (an earlier day's said so) and when it was frozen or refreshed;
 * "Refresh with today's rate" (confirmed first; not once the RFQ is awarded), "Download CSV" in the reader's
 * language and the print view.
 */
export function ComparisonHeader({
  comparison,
  onRefreshed,
  timeZone,
  awarded = false,
}: {
  comparison: Comparison;
  onRefreshed: (comparison: Comparison) => void;
  timeZone?: string;
  /** Every line decided: the comparison the awards were made on is the record (the API refuses a refresh, 409). */
  awarded?: boolean;
}) {
  const { t } = useTranslation('compare');
  const { run, accessToken } = useSession();
  const [confirming, setConfirming] = useState(false);
  const [refreshedNow, setRefreshedNow] = useState(false);
  const refresh = useAction();
  const download = useAction();
  const rate = comparison.fxRate;

  const confirmRefresh = () =>
    void refresh
      .perform(async () => {
        onRefreshed(await run(() => refreshComparison(comparison.rfqId)));
        setRefreshedNow(true);
      })
      .then((done) => done && setConfirming(false));

  return (
    <Stack gap="xs" data-testid="comparison-basis">
      <Text>{rate ? t('rate.used', { rate: rate.mxnPerUsd, source: t(`rate.sources.${rate.source}`), date: calendarDate(rate.rateDate) }) : t('rate.none')}</Text>
      {rate?.earlierDate && (
        <Text size="sm" fw={600}>
          {t('rate.earlier', { requested: calendarDate(rate.requestedDate), date: calendarDate(rate.rateDate) })}
        </Text>
      )}
      <Text size="sm" c="dimmed">
        {[
          comparison.frozenAt ? t('frozen', { date: formatDateTime(comparison.frozenAt, timeZone) }) : t('live'),
          comparison.refreshedCount > 0 && comparison.refreshedAt ? t('refreshedCount', { count: comparison.refreshedCount, date: formatDateTime(comparison.refreshedAt, timeZone) }) : null,
        ]
          .filter(Boolean)
          .join(' ')}
      </Text>
      {refreshedNow && (
        <Text size="sm" fw={600} role="status">
          {t('refreshed')}
        </Text>
      )}
      <Group gap="sm" wrap="wrap">
        {comparison.frozenAt && !awarded && (
          <Button variant="default" h="auto" mih={36} py={6} styles={WRAP} leftSection={<IconRefresh size={16} aria-hidden />} onClick={() => setConfirming(true)}>
            {t('refresh')}
          </Button>
        )}
        <Button
          variant="default"
          leftSection={<IconDownload size={16} aria-hidden />}
          loading={download.busy}
          onClick={() => void download.perform(() => downloadComparisonCsv({ rfqId: comparison.rfqId, accessToken: accessToken(), language: currentLanguage() }))}
        >
          {t('csv')}
        </Button>
        <Button component={Link} to={`/rfqs/${comparison.rfqId}/compare/print`} variant="default" leftSection={<IconPrinter size={16} aria-hidden />}>
          {t('print.open')}
        </Button>
      </Group>
      <ErrorAlert error={download.error} />
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('refreshTitle')} closeButtonProps={{ 'aria-label': t('keep') }} centered>
        <Stack gap="md">
          <Text>{t('refreshConfirm')}</Text>
          <ErrorAlert error={refresh.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('keep')}
            </Button>
            <Button loading={refresh.busy} onClick={confirmRefresh}>
              {t('refreshYes')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
