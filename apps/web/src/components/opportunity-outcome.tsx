import { Alert, Card, Stack, Text, Title } from '@mantine/core';
import { IconAward, IconInfoCircle } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getAwards, type RfqAwards } from '../api/comparison';
import type { SupplierRfq } from '../api/opportunities';
import { getRfqRatings, type Rating } from '../api/ratings';
import { useSession } from '../session/session';
import { RatingCard } from './rating-card';
import { RatingReplyForm } from './rating-reply-form';

/**
 * The supplier's side of the award (issue 17): the lines it won, or that the buyer chose another offer (never
 * who, nor at what price: the API answers a supplier its own awards only); once awarded, the buyer's rating
 * and the one public reply.
 */
export function OpportunityOutcome({ rfq, timeZone }: { rfq: SupplierRfq; timeZone?: string }) {
  const { t } = useTranslation('ratings');
  const { run, me } = useSession();
  const [awards, setAwards] = useState<RfqAwards | null>(null);
  const [rating, setRating] = useState<Rating | null>(null);
  const decided = rfq.state === 'closed' || rfq.state === 'awarded';

  useEffect(() => {
    if (!decided) return;
    // 404 for a supplier that did not quote: it has no outcome to read.
    run(() => getAwards(rfq.id))
      .then(async (read) => {
        setAwards(read);
        if (read.awards.length > 0) setRating((await run(() => getRfqRatings(rfq.id))).data[0] ?? null);
      })
      .catch(() => setAwards(null));
  }, [rfq.id, decided, run]);

  if (!decided || !awards) return null;
  const won = awards.awards.map((award) => award.partName);
  const outcome =
    won.length > 0 ? (
      <Alert color="indigo" icon={<IconAward aria-hidden />} data-testid="outcome-awarded">
        {t('outcome.awarded', { lines: won.join('; ') })}
      </Alert>
    ) : (
      <Alert color="gray" icon={<IconInfoCircle aria-hidden />} data-testid={awards.state === 'awarded' ? 'outcome-not-selected' : 'outcome-pending'}>
        {awards.state === 'awarded' ? t('outcome.notSelected') : t('outcome.pending')}
      </Alert>
    );

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="outcome-title" data-testid="opportunity-outcome">
      <Stack gap="md">
        <Title order={2} size="h3" id="outcome-title">
          {t('outcome.title')}
        </Title>
        {outcome}
        {won.length > 0 && (
          <Stack gap="xs">
            <Title order={3} size="h4">
              {t('received.title')}
            </Title>
            {rating ? <RatingCard rating={rating} replyLabel={me?.organization.name ?? ''} timeZone={timeZone} /> : <Text c="dimmed">{t('received.none')}</Text>}
            {rating && !rating.reply && <RatingReplyForm ratingId={rating.id} onReplied={setRating} />}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
