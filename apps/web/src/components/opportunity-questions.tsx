import { Badge, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { askQuestion, listQuestions, type RfqQuestion } from '../api/opportunities';
import { formatDateTime } from '../i18n/format';
import { useSession } from '../session/session';
import { ErrorAlert, fieldError } from './error-alert';
import { useAction } from './use-action';

const MAX_LENGTH = 4000;

function QuestionItem({ question, timeZone }: { question: RfqQuestion; timeZone?: string }) {
  const { t } = useTranslation('opportunities');
  return (
    <Stack component="li" gap={4} data-testid="rfq-question" style={{ borderInlineStart: '3px solid var(--mantine-color-gray-4)', paddingInlineStart: 12 }}>
      <Group gap={6}>
        {question.own && (
          <Badge color="brand.9" variant="outline" miw="max-content">
            {t('questions.own')}
          </Badge>
        )}
        <Text size="xs" c="dimmed">
          {t('questions.asked', { date: formatDateTime(question.askedAt, timeZone) })}
        </Text>
      </Group>
      <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{question.body}</Text>
      {question.answer === null ? (
        <Text size="sm" c="dimmed">
          {t('questions.waiting')}
        </Text>
      ) : (
        <Stack gap={2} data-testid="rfq-answer">
          <Group gap={6}>
            <Text size="sm" fw={700}>
              {t('questions.answer')}
            </Text>
            <Badge color={question.public ? 'brand.9' : 'gray.8'} variant="outline" miw="max-content">
              {t(question.public ? 'questions.public' : 'questions.private')}
            </Badge>
          </Group>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {question.answer}
          </Text>
        </Stack>
      )}
    </Stack>
  );
}

/** The questions a supplier may read (its own, and the buyer's public answers) and the form to ask one while the request is open. */
export function OpportunityQuestions({ rfqId, canAsk }: { rfqId: string; canAsk: boolean }) {
  const { t } = useTranslation('opportunities');
  const { run, me } = useSession();
  const timeZone = me?.user.timeZone;
  const [questions, setQuestions] = useState<RfqQuestion[] | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [body, setBody] = useState('');
  const [sent, setSent] = useState(false);
  const ask = useAction();

  const load = useCallback(async () => {
    try {
      setQuestions((await run(() => listQuestions(rfqId))).data);
      setLoadError(null);
    } catch (error) {
      setLoadError(error);
    }
  }, [run, rfqId]);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="rfq-questions">
      <Stack gap="sm">
        <Title order={2} size="h3" id="rfq-questions">
          {t('questions.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('questions.intro')}
        </Text>
        <ErrorAlert error={loadError} />
        {questions !== null &&
          (questions.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('questions.none')}
            </Text>
          ) : (
            <Stack gap="md" component="ul" aria-label={t('questions.listLabel')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {questions.map((question) => (
                <QuestionItem key={question.id} question={question} timeZone={timeZone} />
              ))}
            </Stack>
          ))}
        {canAsk && (
          <Stack
            gap="xs"
            component="form"
            onSubmit={(event) => {
              event.preventDefault();
              void ask
                .perform(async () => {
                  await run(() => askQuestion(rfqId, body.trim()));
                  setBody('');
                  setSent(true);
                  await load();
                })
                .then((ok) => ok || setSent(false));
            }}
          >
            <Textarea
              label={t('questions.ask')}
              description={t('questions.askHelp')}
              value={body}
              onChange={(event) => {
                setBody(event.currentTarget.value);
                setSent(false);
              }}
              maxLength={MAX_LENGTH}
              autosize
              minRows={3}
              required
              error={fieldError(ask.error, 'body')}
            />
            <ErrorAlert error={ask.error} />
            <Group>
              <Button type="submit" leftSection={<IconSend size={16} aria-hidden />} loading={ask.busy} disabled={body.trim().length === 0}>
                {t('questions.send')}
              </Button>
              {sent && (
                <Text size="sm" c="brand.9" role="status">
                  {t('questions.sent')}
                </Text>
              )}
            </Group>
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
