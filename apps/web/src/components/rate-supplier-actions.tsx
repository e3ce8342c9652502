import { Button, Group } from '@mantine/core';
import { IconStar } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { RfqAwards } from '../api/comparison';
import { getRfqRatings, type Rating } from '../api/ratings';
import { useSession } from '../session/session';

/**
 * On the comparison, once lines are awarded: one action per awarded quote (a supplier that won several lines
 * is rated once), "Rate" until rated, then the way back to the rating to read or change it.
 */
export function RateSupplierActions({ rfqId, awards }: { rfqId: string; awards: RfqAwards }) {
  const { t } = useTranslation('ratings');
  const { run } = useSession();
  const [ratings, setRatings] = useState<Rating[] | null>(null);
  const awardedQuotes = [...new Map(awards.awards.map((award) => [award.quoteId, award.supplier.name])).entries()];
  const awardCount = awards.awards.length;

  useEffect(() => {
    if (awardCount === 0) return;
    run(() => getRfqRatings(rfqId))
      .then((read) => setRatings(read.data))
      .catch(() => setRatings([]));
  }, [rfqId, run, awardCount]);

  if (awardedQuotes.length === 0 || ratings === null) return null;
  return (
    <Group gap="sm" wrap="wrap" data-testid="rate-actions">
      {awardedQuotes.map(([quoteId, supplier]) => {
        const rated = ratings.some((rating) => rating.quoteId === quoteId);
        return (
          <Button key={quoteId} component={Link} to={`/rfqs/${rfqId}/ratings/${quoteId}`} variant={rated ? 'default' : 'filled'} leftSection={<IconStar size={16} aria-hidden />}>
            {rated ? t('seeRating', { supplier }) : t('rateAction', { supplier })}
          </Button>
        );
      })}
    </Group>
  );
}
