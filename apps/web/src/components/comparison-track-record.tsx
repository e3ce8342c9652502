import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TrackRecordSummary } from '../api/track-record';
import { percentOf } from './track-record-figures';

/** Beside a quote in the comparison: the supplier's overall rating and response rate, small (read live, not frozen). */
export function ComparisonTrackRecord({ record }: { record: TrackRecordSummary }) {
  const { t } = useTranslation('track-record');
  const { rating } = record;
  const rate = record.responseStats?.responseRate ?? null;
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {rating.overall ? (
          <>
            {/* The star is decoration: the words say the rating. */}
            <span aria-hidden="true">★ </span>
            {t('compareRating', { overall: rating.overall, count: rating.count })}
          </>
        ) : (
          t('compareNoRating')
        )}
      </Text>
      <Text size="xs" c="dimmed">
        {rate ? t('compareResponse', { percent: percentOf(rate) }) : t('compareNoResponse')}
      </Text>
    </Stack>
  );
}
