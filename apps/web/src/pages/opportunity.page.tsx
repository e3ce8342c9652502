import { Alert, Anchor, Card, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconInfoCircle, IconShieldCheck } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router-dom';
import { ApiRequestError } from '../api/api-client';
import { readRfq, type SupplierRfq } from '../api/opportunities';
import { ErrorAlert } from '../components/error-alert';
import { OpportunityAmendments } from '../components/opportunity-amendments';
import { OpportunityAttachments } from '../components/opportunity-attachments';
import { OpportunityDeadline } from '../components/opportunity-deadline';
import { OpportunityDecline } from '../components/opportunity-decline';
import { OpportunityDetails } from '../components/opportunity-details';
import { useNameOf, useQuantitiesText, type NameOf } from '../components/opportunity-names';
import { OpportunityNdaGate } from '../components/opportunity-nda-gate';
import { OpportunityOutcome } from '../components/opportunity-outcome';
import { OpportunityQuestions } from '../components/opportunity-questions';
import { OpportunityQuote } from '../components/opportunity-quote';
import { OpportunityInvitationBadge, OpportunityNdaBadge, OpportunityStateBadge } from '../components/opportunity-state-badge';
import { useVocabulary } from '../components/use-vocabulary';
import { formatDateTime } from '../i18n/format';
import { useSession } from '../session/session';

/** What the gate leaves: each line's processes and quantities. */
function GatedLines({ rfq, nameOf }: { rfq: SupplierRfq; nameOf: NameOf }) {
  const { t } = useTranslation('opportunities');
  const quantitiesText = useQuantitiesText();
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="rfq-lines">
      <Stack gap="xs">
        <Title order={2} size="h3" id="rfq-lines">
          {t('details.lines')}
        </Title>
        <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {rfq.lines.map((line, index) => (
            <Stack key={line.id} component="li" gap={0} data-testid="rfq-line">
              <Text fw={600}>{t('summary.line', { number: index + 1 })}</Text>
              <Text size="sm">
                {t('summary.processes')}: {line.processes.map(nameOf).join(', ')}
              </Text>
              <Text size="sm">
                {t('summary.quantities')}: {quantitiesText(line.quantities, line.unit)}
              </Text>
            </Stack>
          ))}
        </Stack>
      </Stack>
    </Card>
  );
}

/** Why the request takes no more answers, when it does not. */
function ClosedNote({ rfq }: { rfq: SupplierRfq }) {
  const { t } = useTranslation('opportunities');
  if (rfq.state === 'open') return null;
  const text = rfq.state === 'cancelled' ? t('rfq.cancelled') : [t('rfq.closed'), rfq.closedReason ? t(`rfq.closedReasons.${rfq.closedReason}`) : ''].filter(Boolean).join(' ');
  return <Alert color="gray" icon={<IconInfoCircle aria-hidden />} title={text} />;
}

/** One request for quote as the supplier may see it: behind the NDA gate until its organization accepts. */
export function OpportunityPage() {
  const { t } = useTranslation('opportunities');
  const { rfqId = '' } = useParams();
  const location = useLocation();
  // The revision the quote form just sent, to say so once here.
  const sentRevision = (location.state as { quoteSent?: number } | null)?.quoteSent;
  const { run, me } = useSession();
  const timeZone = me?.user.timeZone;
  const { nodes } = useVocabulary();
  const nameOf = useNameOf(nodes);
  const [rfq, setRfq] = useState<SupplierRfq | null>(null);
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(async () => {
    try {
      setRfq(await run(() => readRfq(rfqId)));
      setError(null);
    } catch (caught) {
      setError(caught);
    }
  }, [run, rfqId]);

  useEffect(() => {
    setRfq(null);
    void load();
  }, [load]);

  const back = (
    <Anchor component={Link} to="/opportunities" size="sm" underline="hover">
      <IconArrowLeft size={14} aria-hidden style={{ verticalAlign: 'middle', marginInlineEnd: 4 }} />
      {t('rfq.back')}
    </Anchor>
  );

  if (!rfq) {
    const notFound = error instanceof ApiRequestError && error.status === 404;
    return (
      <Stack gap="md" maw={880}>
        {back}
        {notFound ? <Text>{t('rfq.notFound')}</Text> : <ErrorAlert error={error} />}
        {!error && (
          <Center h={120}>
            <Loader aria-label={t('loading')} />
          </Center>
        )}
      </Stack>
    );
  }

  const open = rfq.state === 'open';
  return (
    <Stack gap="md" maw={880}>
      {back}
      <Stack gap={6} component="header">
        {/* A request's title is often long: the h2 size keeps it to a few lines on a phone. */}
        <Title order={1} size="h2" style={{ overflowWrap: 'anywhere' }}>
          {rfq.title}
        </Title>
        <Text c="dimmed">{t('summary.from', { name: rfq.buyer.name })}</Text>
        <Group gap={6}>
          {rfq.invitation && <OpportunityInvitationBadge state={rfq.invitation.state} />}
          <OpportunityStateBadge state={rfq.state} />
          {rfq.nda.required && <OpportunityNdaBadge />}
          <Text size="xs" c="dimmed">
            {t('rfq.version', { version: rfq.version })}
          </Text>
        </Group>
        <OpportunityDeadline deadline={rfq.quoteDeadline} timeZone={timeZone} />
      </Stack>
      <ClosedNote rfq={rfq} />
      {rfq.invitation?.state === 'declined' && rfq.invitation.declineReason && (
        <Alert color="gray" icon={<IconInfoCircle aria-hidden />} title={t('decline.declined', { reason: t(`decline.reasons.${rfq.invitation.declineReason}`) })} />
      )}

      {rfq.gated ? (
        <>
          <GatedLines rfq={rfq} nameOf={nameOf} />
          <OpportunityNdaGate rfq={rfq} onAccepted={setRfq} onStale={load} />
          <OpportunityAmendments rfq={rfq} nameOf={nameOf} timeZone={timeZone} />
        </>
      ) : (
        <>
          {rfq.nda.required && rfq.nda.acceptedAt && (
            <Text size="sm" c="brand.9" data-testid="nda-accepted">
              <IconShieldCheck size={16} aria-hidden style={{ verticalAlign: 'text-bottom', marginInlineEnd: 4 }} />
              {t('nda.accepted', { organization: me?.organization.name ?? '', date: formatDateTime(rfq.nda.acceptedAt, timeZone) })}
            </Text>
          )}
          <OpportunityAmendments rfq={rfq} nameOf={nameOf} timeZone={timeZone} />
          <OpportunityOutcome rfq={rfq} timeZone={timeZone} />
          <OpportunityQuote rfq={rfq} sentRevision={sentRevision} timeZone={timeZone} />
          <OpportunityDetails rfq={rfq} nameOf={nameOf} />
          <OpportunityAttachments rfq={rfq} />
          <OpportunityQuestions rfqId={rfq.id} canAsk={open} />
        </>
      )}
      {open && rfq.invitation?.state === 'invited' && <OpportunityDecline invitationId={rfq.invitation.id} onDeclined={load} />}
    </Stack>
  );
}
