import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { replyToRating, type Rating } from '../api/ratings';
import { useSession } from '../session/session';
import { ErrorAlert } from './error-alert';
import { useAction } from './use-action';

/** The supplier's one public reply to a rating; gone once sent (the API refuses a second). */
export function RatingReplyForm({ ratingId, onReplied }: { ratingId: string; onReplied: (rating: Rating) => void }) {
  const { t } = useTranslation('ratings');
  const { run } = useSession();
  const action = useAction();
  const [text, setText] = useState('');
  const submit = () =>
    void action.perform(async () => {
      onReplied(await run(() => replyToRating(ratingId, text.trim())));
    });
  return (
    <Stack gap="xs" component="form" onSubmit={(event) => (event.preventDefault(), submit())}>
      <Textarea label={t('replyForm.label')} autosize minRows={2} maxLength={2000} value={text} onChange={(event) => setText(event.currentTarget.value)} />
      <ErrorAlert error={action.error} />
      <Group justify="flex-end">
        <Button type="submit" loading={action.busy} disabled={text.trim() === ''}>
          {t('replyForm.submit')}
        </Button>
      </Group>
    </Stack>
  );
}
