import { Card, Divider, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Rating } from '../api/ratings';
import type { TrackRecord } from '../api/track-record';
import { durationText, percentOf, ratedDate } from './track-record-figures';

/** One figure: its label and value, or the empty-state sentence a new supplier reads. */
function Figure({ label, value, none }: { label: string; value: string | null; none: string }) {
  return (
    <Stack gap={2}>
      <Text size="sm" fw={700}>
        {label}
      </Text>
      <Text size="sm" c={value ? undefined : 'dimmed'}>
        {value ?? none}
      </Text>
    </Stack>
  );
}

function RecentRating({ rating }: { rating: Rating }) {
  const { t } = useTranslation('track-record');
  return (
    <Stack gap={4} component="li">
      <Text size="sm" c="dimmed">
        {t('ratedOn', { date: ratedDate(rating.createdAt) })}
      </Text>
      <Group gap="md">
        {(['quality', 'communication', 'onTime'] as const).map((score) => (
          <Text size="sm" key={score}>
            {t(score)}: {t('scoreOutOf5', { score: rating[score] })}
          </Text>
        ))}
      </Group>
      {rating.comment && <Text size="sm" style={{ overflowWrap: 'anywhere' }}>“{rating.comment}”</Text>}
      {rating.reply && (
        <Card withBorder padding="xs" ml="md">
          <Text size="sm" fw={700}>
            {t('reply')}
          </Text>
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {rating.reply.text}
          </Text>
        </Card>
      )}
    </Stack>
  );
}

/** The public profile's "Track record": how the supplier answers invitations and how buyers rate it. */
export function SupplierTrackRecord({ record }: { record: TrackRecord }) {
  const { t } = useTranslation('track-record');
  const stats = record.responseStats;
  const { rating } = record;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="track-record-title" maw={880}>
      <Stack gap="md">
        <Title order={2} size="h3" id="track-record-title">
          {t('title')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Figure
            label={t('responseRate')}
            value={stats?.responseRate ? t('responseRateValue', { percent: percentOf(stats.responseRate), answered: stats.invitationsAnswered, due: stats.invitationsDue }) : null}
            none={t('responseRateNone')}
          />
          <Figure
            label={t('medianTime')}
            value={stats?.medianMinutesToQuote != null ? durationText(t, stats.medianMinutesToQuote) : null}
            none={t('medianTimeNone')}
          />
          <Figure
            label={t('awardRate')}
            value={stats?.awardRate ? t('awardRateValue', { percent: percentOf(stats.awardRate), awarded: stats.quotesAwarded, decided: stats.quotesDecided }) : null}
            none={t('awardRateNone')}
          />
          <Figure
            label={t('ratings')}
            value={rating.overall ? t('ratingsValue', { overall: rating.overall, count: rating.count }) : null}
            none={t('ratingsNone')}
          />
        </SimpleGrid>
        {rating.overall && (
          <Group gap="md">
            <Text size="sm">{t('quality')}: {t('scoreOutOf5', { score: rating.quality })}</Text>
            <Text size="sm">{t('communication')}: {t('scoreOutOf5', { score: rating.communication })}</Text>
            <Text size="sm">{t('onTime')}: {t('scoreOutOf5', { score: rating.onTime })}</Text>
          </Group>
        )}
        {record.recentRatings.length > 0 && (
          <>
            <Divider />
            <Title order={3} size="h4">
              {t('recent')}
            </Title>
            <Stack gap="md" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {record.recentRatings.map((item) => (
                <RecentRating rating={item} key={item.id} />
              ))}
            </Stack>
          </>
        )}
      </Stack>
    </Card>
  );
}
