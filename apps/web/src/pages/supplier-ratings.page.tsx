import { Anchor, Button, Card, Center, Loader, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { getReceivedRatings, type ReceivedRating } from '../api/ratings';
import { ErrorAlert } from '../components/error-alert';
import { RatingCard } from '../components/rating-card';
import { RatingReplyForm } from '../components/rating-reply-form';
import { useAction } from '../components/use-action';
import { useSession } from '../session/session';

/** The supplier organization's received ratings, newest first, each answerable once where it stands. */
export function SupplierRatingsPage() {
  const { t } = useTranslation('ratings');
  const { run, me } = useSession();
  const timeZone = me?.user.timeZone;
  const more = useAction();
  const [ratings, setRatings] = useState<ReceivedRating[] | null>(null);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    run(() => getReceivedRatings())
      .then((page) => {
        setRatings(page.data);
        setNextCursor(page.nextCursor);
      })
      .catch(setError);
  }, [run]);

  const loadMore = () =>
    void more.perform(async () => {
      const page = await run(() => getReceivedRatings(nextCursor ?? undefined));
      setRatings((shown) => [...(shown ?? []), ...page.data]);
      setNextCursor(page.nextCursor);
    });
  const replaced = (rating: ReceivedRating) => (updated: Omit<ReceivedRating, 'rfqTitle' | 'buyerName'>) =>
    setRatings((shown) => (shown ?? []).map((candidate) => (candidate.id === rating.id ? { ...rating, ...updated } : candidate)));

  return (
    <Stack gap="lg" maw={880}>
      <Stack gap={4}>
        <Title order={1}>{t('list.title')}</Title>
        <Text c="dimmed">{t('list.intro')}</Text>
      </Stack>
      <ErrorAlert error={error} />
      {!ratings && !error && (
        <Center h={120}>
          <Loader aria-label={t('loading')} />
        </Center>
      )}
      {ratings?.length === 0 && <Text>{t('list.empty')}</Text>}
      <Stack gap="md" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {ratings?.map((rating) => (
          <Card key={rating.id} withBorder padding="md" component="li" data-testid="received-rating">
            <Stack gap="xs">
              <Title order={2} size="h4" style={{ overflowWrap: 'anywhere' }}>
                {t('list.from', { buyer: rating.buyerName, rfq: rating.rfqTitle })}
              </Title>
              <RatingCard rating={rating} replyLabel={me?.organization.name ?? ''} timeZone={timeZone} />
              {!rating.reply && <RatingReplyForm ratingId={rating.id} onReplied={replaced(rating)} />}
              <Anchor component={Link} to={`/opportunities/${rating.rfqId}`} size="sm">
                {t('list.open')}
              </Anchor>
            </Stack>
          </Card>
        ))}
      </Stack>
      <ErrorAlert error={more.error} />
      {nextCursor && (
        <Button variant="default" onClick={loadMore} loading={more.busy} style={{ alignSelf: 'flex-start' }}>
          {t('list.more')}
        </Button>
      )}
    </Stack>
  );
}
