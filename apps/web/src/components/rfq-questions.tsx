import { Badge, Button, Card, Group, Stack, Switch, Text, Textarea } from '@mantine/core';
import { IconMessageReply } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answerRfqQuestion, listRfqQuestions, type Rfq, type RfqQuestion } from '../api/rfqs';
import { formatDateTime } from '../i18n/format';
import { useSession } from '../session/session';
import { ErrorAlert, fieldError } from './error-alert';
import { useAction } from './use-action';

function AnswerForm({ rfqId, question, onAnswered }: { rfqId: string; question: RfqQuestion; onAnswered: () => Promise<void> }) {
  const { t } = useTranslation('rfqs');
  const { run } = useSession();
  const [answer, setAnswer] = useState('');
  const [publicAnswer, setPublicAnswer] = useState(true);
  const send = useAction();
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void send.perform(async () => {
          await run(() => answerRfqQuestion(rfqId, question.id, { answer: answer.trim(), public: publicAnswer }));
          await onAnswered();
        });
      }}
    >
      <Stack gap="xs">
        <Textarea label={t('questions.answer')} autosize minRows={2} maxLength={5000} required value={answer} onChange={(event) => setAnswer(event.currentTarget.value)} error={fieldError(send.error, 'answer')} />
        <Switch label={t('questions.public')} description={t('questions.publicHint')} checked={publicAnswer} onChange={(event) => setPublicAnswer(event.currentTarget.checked)} />
        <ErrorAlert error={send.error} />
        <Group>
          <Button type="submit" leftSection={<IconMessageReply size={16} aria-hidden />} loading={send.busy} disabled={!answer.trim()}>
            {t('questions.send')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The suppliers' questions, unanswered first, each with the asker and an answer form (public to every invited supplier, or to the asker only). */
export function RfqQuestions({ rfq, timeZone }: { rfq: Rfq; timeZone?: string }) {
  const { t } = useTranslation('rfqs');
  const { run } = useSession();
  const [questions, setQuestions] = useState<RfqQuestion[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const load = useCallback(async () => {
    const list = await run(() => listRfqQuestions(rfq.id));
    setQuestions([...list.data].sort((a, b) => Number(a.answer !== null) - Number(b.answer !== null)));
  }, [rfq.id, run]);

  useEffect(() => {
    load().catch(setError);
  }, [load]);

  if (error) return <ErrorAlert error={error} />;
  if (!questions) return <Text c="dimmed">{t('states.loading')}</Text>;
  if (questions.length === 0) return <Text c="dimmed">{t('questions.none')}</Text>;
  return (
    <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('questions.title')}>
      {questions.map((question) => (
        <Card key={question.id} withBorder padding="sm" component="li" data-testid="rfq-question">
          <Stack gap={6}>
            <Text size="sm" c="dimmed">
              {t('questions.asked', { name: question.askedBy?.organizationName ?? t('questions.someone'), date: formatDateTime(question.askedAt, timeZone) })}
            </Text>
            <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{question.body}</Text>
            {question.answer !== null ? (
              <Stack gap={4} pl="sm" style={{ borderInlineStart: '3px solid var(--mantine-color-brand-8)' }}>
                <Group gap={6}>
                  <Text size="sm" fw={600}>
                    {t('questions.answered', { date: question.answeredAt ? formatDateTime(question.answeredAt, timeZone) : '' })}
                  </Text>
                  <Badge variant="outline" color={question.public ? 'brand.9' : 'gray.8'} tt="none">
                    {question.public ? t('questions.publicBadge') : t('questions.privateBadge')}
                  </Badge>
                </Group>
                <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{question.answer}</Text>
              </Stack>
            ) : (
              rfq.state === 'open' && <AnswerForm rfqId={rfq.id} question={question} onAnswered={load} />
            )}
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
