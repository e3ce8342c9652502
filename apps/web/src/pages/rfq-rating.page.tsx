import { Alert, Anchor, Button, Card, Center, Group, Loader, Stack, Text, Textarea, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { getAwards, type RfqAwards } from '../api/comparison';
import { editRating, getRfqRatings, rateSupplier, type Rating } from '../api/ratings';
import { ErrorAlert } from '../components/error-alert';
import { RatingScoreFields, type Scores } from '../components/rating-score-fields';
import { useAction } from '../components/use-action';
import { formatDate } from '../i18n/format';
import { useSession } from '../session/session';

const DAY_MS = 86_400_000;
const EMPTY: Scores = { quality: null, communication: null, onTime: null };

/**
 * The buyer rates an awarded quote (issue 17): three 1-5 scores and a comment, changed until the date shown;
 * after it the rating reads only. The supplier's public reply shows here once given.
 */
export function RfqRatingPage() {
  const { t } = useTranslation('ratings');
  const { rfqId = '', quoteId = '' } = useParams();
  const { run, me } = useSession();
  const timeZone = me?.user.timeZone;
  const action = useAction();
  const [awards, setAwards] = useState<RfqAwards | null>(null);
  const [rating, setRating] = useState<Rating | null>(null);
  const [scores, setScores] = useState<Scores>(EMPTY);
  const [comment, setComment] = useState('');
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    Promise.all([run(() => getAwards(rfqId)), run(() => getRfqRatings(rfqId))])
      .then(([decided, read]) => {
        setAwards(decided);
        const own = read.data.find((candidate) => candidate.quoteId === quoteId) ?? null;
        setRating(own);
        if (own) {
          setScores({ quality: own.quality, communication: own.communication, onTime: own.onTime });
          setComment(own.comment ?? '');
        }
      })
      .catch(setError);
  }, [rfqId, quoteId, run]);

  const back = (
    <Anchor component={Link} to={`/rfqs/${rfqId}/compare`} size="sm">
      {t('back')}
    </Anchor>
  );
  if (error)
    return (
      <Stack gap="md" maw={720}>
        {back}
        <ErrorAlert error={error} />
      </Stack>
    );
  if (!awards)
    return (
      <Center h={160}>
        <Loader aria-label={t('loading')} />
      </Center>
    );

  const award = awards.awards.find((candidate) => candidate.quoteId === quoteId);
  if (!award)
    return (
      <Stack gap="md" maw={720}>
        {back}
        <Alert color="gray">{t('notAwarded')}</Alert>
      </Stack>
    );
  const supplier = award.supplier.name;
  // Shown before the first save as the API will set it: 30 days from now.
  const until = rating?.editableUntil ?? new Date(Date.now() + 30 * DAY_MS).toISOString();
  const editable = !rating || Date.parse(rating.editableUntil) > Date.now();
  const complete = scores.quality !== null && scores.communication !== null && scores.onTime !== null;

  const submit = () =>
    void action.perform(async () => {
      const body = { quality: scores.quality ?? 0, communication: scores.communication ?? 0, onTime: scores.onTime ?? 0, comment: comment.trim() };
      const result = rating
        ? await run(() => editRating(rating.id, body))
        : await run(() => rateSupplier(rfqId, { quoteId, ...body, comment: body.comment || undefined }));
      setRating(result);
      setSaved(true);
    });

  return (
    <Stack gap="lg" maw={720}>
      {back}
      <Title order={1} style={{ overflowWrap: 'anywhere' }}>
        {t('rateTitle', { supplier })}
      </Title>
      {editable ? (
        <Card withBorder padding="md" component="form" onSubmit={(event) => (event.preventDefault(), submit())} aria-labelledby="rating-form-title">
          <Stack gap="md">
            <Text id="rating-form-title">{rating ? t('editableUntil', { date: formatDate(until, timeZone) }) : t('rateIntro', { supplier, date: formatDate(until, timeZone) })}</Text>
            <RatingScoreFields value={scores} onChange={(value) => (setScores(value), setSaved(false))} />
            <Textarea label={t('comment')} autosize minRows={3} maxLength={2000} value={comment} onChange={(event) => (setComment(event.currentTarget.value), setSaved(false))} />
            <ErrorAlert error={action.error} />
            <Group justify="space-between" wrap="wrap">
              {saved ? (
                <Text fw={600} role="status">
                  {t('saved')}
                </Text>
              ) : (
                <span />
              )}
              <Button type="submit" loading={action.busy} disabled={!complete}>
                {t('submit')}
              </Button>
            </Group>
          </Stack>
        </Card>
      ) : (
        <Alert color="gray">{t('editClosed', { date: formatDate(until, timeZone) })}</Alert>
      )}
      {rating && (
        <Card withBorder padding="md" component="section" aria-labelledby="rating-reply-title">
          <Stack gap="xs">
            <Title order={2} size="h4" id="rating-reply-title">
              {t('reply', { supplier })}
            </Title>
            {rating.reply ? (
              <Text style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }} data-testid="rating-reply">
                {rating.reply.text}
              </Text>
            ) : (
              <Text c="dimmed">{t('noReply')}</Text>
            )}
          </Stack>
        </Card>
      )}
    </Stack>
  );
}
