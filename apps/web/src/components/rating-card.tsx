import { Blockquote, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Rating } from '../api/ratings';
import { formatDate } from '../i18n/format';
import { SCORE_NAMES } from './rating-score-fields';

/** A rating as its parties read it: the three scores, the comment, and the supplier's reply when there is one. */
export function RatingCard({ rating, replyLabel, timeZone }: { rating: Rating; replyLabel: string; timeZone?: string }) {
  const { t } = useTranslation('ratings');
  return (
    <Stack gap="xs" data-testid="rating-card">
      <Group gap="lg" wrap="wrap">
        {SCORE_NAMES.map((name) => (
          <Text key={name} data-testid={`rating-${name}`}>
            <Text span fw={600}>
              {t(`scores.${name}`)}:
            </Text>{' '}
            {t('scoreValue', { value: rating[name] })}
          </Text>
        ))}
      </Group>
      <Text style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }} c={rating.comment ? undefined : 'dimmed'}>
        {rating.comment ?? t('noComment')}
      </Text>
      <Text size="sm" c="dimmed">
        {t('ratedOn', { date: formatDate(rating.createdAt, timeZone) })}
      </Text>
      {rating.reply && (
        <Blockquote color="indigo" p="sm" cite={`— ${replyLabel}`} data-testid="rating-reply">
          <Text style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>{rating.reply.text}</Text>
        </Blockquote>
      )}
    </Stack>
  );
}
