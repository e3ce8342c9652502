import { Anchor, Card, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { getRfq, type Rfq, type RfqState } from '../api/rfqs';
import { ErrorAlert } from '../components/error-alert';
import { RfqActions } from '../components/rfq-actions';
import { RfqAmendments } from '../components/rfq-amendments';
import { RfqDetails } from '../components/rfq-details';
import { RfqInvitations } from '../components/rfq-invitations';
import { RfqQuestions } from '../components/rfq-questions';
import { RfqQuotes } from '../components/rfq-quotes';
import { RfqStateBadge } from '../components/rfq-state-badge';
import { useVocabulary } from '../components/use-vocabulary';
import { formatDateTime } from '../i18n/format';
import { currentLanguage } from '../i18n/i18n';
import { useSession } from '../session/session';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={id}>
          {title}
        </Title>
        {children}
      </Stack>
    </Card>
  );
}

/** The states in which an RFQ has (or had) quotes to show: from publication on. */
const QUOTED_STATES = new Set<RfqState>(['open', 'closed', 'awarded', 'cancelled']);

/** The buyer's RFQ: its state and terms, the quotes, what changed, who was invited and why, and the suppliers' questions. */
export function RfqDetailPage() {
  const { t } = useTranslation('rfqs');
  const { rfqId = '' } = useParams();
  const { run, me } = useSession();
  const { nodes } = useVocabulary();
  const language = currentLanguage();
  const timeZone = me?.user.timeZone;
  const [rfq, setRfq] = useState<Rfq | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    setRfq(null);
    run(() => getRfq(rfqId))
      .then(setRfq)
      .catch(setError);
  }, [rfqId, run]);

  if (error) return <ErrorAlert error={error} />;
  if (!rfq)
    return (
      <Center h={160}>
        <Loader aria-label={t('states.loading')} />
      </Center>
    );

  const status = [
    rfq.publishedAt ? t('detail.version', { version: rfq.version }) : null,
    rfq.publishedAt ? t('detail.published', { date: formatDateTime(rfq.publishedAt, timeZone) }) : t('detail.created', { date: formatDateTime(rfq.createdAt, timeZone) }),
    rfq.closedAt && rfq.closedReason ? t(`detail.closed.${rfq.closedReason}`, { date: formatDateTime(rfq.closedAt, timeZone) }) : null,
    rfq.cancelledAt ? t('detail.cancelled', { date: formatDateTime(rfq.cancelledAt, timeZone) }) : null,
  ].filter(Boolean);

  return (
    <Stack gap="lg" maw={1100}>
      <Anchor component={Link} to="/rfqs" size="sm">
        {t('detail.back')}
      </Anchor>
      <Stack gap={6}>
        <Group gap="sm" align="center" wrap="wrap">
          <Title order={1} style={{ overflowWrap: 'anywhere' }}>
            {rfq.title}
          </Title>
          <RfqStateBadge state={rfq.state} />
        </Group>
        <Text c="dimmed" size="sm">
          {status.join(' · ')}
        </Text>
        {rfq.cancelReason && <Text size="sm">{t('detail.cancelReason', { reason: rfq.cancelReason })}</Text>}
      </Stack>
      <RfqActions rfq={rfq} onChanged={setRfq} />
      {rfq.publishedAt && QUOTED_STATES.has(rfq.state) && (
        <Section id="rfq-quotes" title={t('quotes.title')}>
          <RfqQuotes rfq={rfq} timeZone={timeZone} />
        </Section>
      )}
      <Section id="rfq-details" title={t('detail.details')}>
        <RfqDetails rfq={rfq} nodes={nodes} language={language} timeZone={timeZone} />
      </Section>
      {/* Invitations, questions and amendments exist only once published (a draft cancelled unpublished has none). */}
      {rfq.publishedAt && (
        <>
          <Section id="rfq-invitations" title={t('invitations.title')}>
            <RfqInvitations rfq={rfq} />
          </Section>
          <Section id="rfq-questions" title={t('questions.title')}>
            <RfqQuestions rfq={rfq} timeZone={timeZone} />
          </Section>
          <Section id="rfq-amendments" title={t('amendments.title')}>
            <RfqAmendments amendments={rfq.amendments} timeZone={timeZone} />
          </Section>
        </>
      )}
    </Stack>
  );
}
