import { Alert, Badge, Button, Card, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { IconCheck, IconEdit, IconSend, IconTrash } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { SupplierRfq } from '../api/opportunities';
import { readOwnQuote, withdrawQuote, type Quote } from '../api/quotes';
import { formatDateTime } from '../i18n/format';
import { useSession } from '../session/session';
import { ErrorAlert } from './error-alert';
import { QuoteCard } from './quote-card';
import { useAction } from './use-action';

/** The quote's state in words: sent (active) or withdrawn. */
export function QuoteStateBadge({ state }: { state: Quote['state'] }) {
  const { t } = useTranslation('quote');
  return (
    <Badge color={state === 'active' ? 'brand.9' : 'gray.8'} variant={state === 'active' ? 'filled' : 'outline'} miw="max-content" data-testid="quote-state">
      {t(`states.${state}`)}
    </Badge>
  );
}

/**
 * The supplier's quote on the RFQ page: a way in when it may quote and has not; once it has, the current revision
 * laid out as the buyer will read it (prices, terms, documents, the PDF, its revisions), with Revise and Withdraw
 * (confirmed first) while the RFQ is open.
 */
export function OpportunityQuote({ rfq, sentRevision, timeZone }: { rfq: SupplierRfq; sentRevision?: number; timeZone?: string }) {
  const { t } = useTranslation('quote');
  const { run } = useSession();
  const [quote, setQuote] = useState<Quote | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [confirming, setConfirming] = useState(false);
  const withdraw = useAction();
  const open = rfq.state === 'open';

  // The RFQ view says whether the organization has a quote (and at which revision): read it in full only then.
  const summary = rfq.quote;
  const load = useCallback(async () => {
    if (!summary) {
      setQuote(null);
      return;
    }
    try {
      setQuote(await run(() => readOwnQuote(rfq.id)));
      setLoadError(null);
    } catch (caught) {
      setLoadError(caught);
    }
  }, [run, rfq.id, summary?.revision, summary?.state]);

  useEffect(() => {
    void load();
  }, [load]);

  const confirmWithdraw = async () => {
    const ok = await withdraw.perform(async () => {
      setQuote(await run(() => withdrawQuote(rfq.id)));
    });
    if (ok) setConfirming(false);
  };

  const active = quote?.state === 'active';
  return (
    // The quote's own card sits beside the header card, not inside it: nested padding leaves a phone too little width for its price tables.
    <Stack gap="sm" component="section" aria-labelledby="rfq-quote" data-testid="own-quote">
      <Card withBorder padding="md">
        <Stack gap="sm">
          <Group justify="space-between" gap="xs">
            <Title order={2} size="h3" id="rfq-quote">
              {t('own.title')}
            </Title>
            {quote && <QuoteStateBadge state={quote.state} />}
          </Group>
          <ErrorAlert error={loadError} />
          {sentRevision !== undefined && quote && (
            <Group gap={4} c="brand.8" role="status" wrap="nowrap">
              <IconCheck size={18} aria-hidden style={{ flexShrink: 0 }} />
              <Text fw={600}>{sentRevision > 1 ? t('own.revisionSent', { revision: sentRevision }) : t('own.sent')}</Text>
            </Group>
          )}
          {!quote ? (
            !loadError && (
              <>
                <Text size="sm">{open ? t('own.none') : t('own.noneClosed')}</Text>
                {open && (
                  <Group>
                    <Button component={Link} to={`/opportunities/${rfq.id}/quote`} leftSection={<IconSend size={16} aria-hidden />}>
                      {t('own.quote')}
                    </Button>
                  </Group>
                )}
              </>
            )
          ) : (
            <>
              <Text size="sm" data-testid="quote-current">
                {quote.state === 'withdrawn' && quote.withdrawnAt
                  ? t('own.withdrawnOn', { date: formatDateTime(quote.withdrawnAt, timeZone) })
                  : t('own.currentRevision', { revision: quote.revision, date: formatDateTime(quote.revisedAt, timeZone), currency: quote.currency })}
              </Text>
              {quote.current.rfqVersion < quote.rfqVersion && active && <Alert color="yellow.9" variant="outline" title={t('own.answeredEarlier', { answered: quote.current.rfqVersion, version: quote.rfqVersion })} />}
              <Group gap="sm">
                {open && active && (
                  <Button component={Link} to={`/opportunities/${rfq.id}/quote`} leftSection={<IconEdit size={16} aria-hidden />}>
                    {t('own.revise')}
                  </Button>
                )}
                {open && !active && (
                  <Button component={Link} to={`/opportunities/${rfq.id}/quote`} leftSection={<IconSend size={16} aria-hidden />}>
                    {t('own.quoteAgain')}
                  </Button>
                )}
                {open && active && (
                  <Button variant="outline" color="red.9" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => setConfirming(true)}>
                    {t('own.withdraw')}
                  </Button>
                )}
              </Group>
            </>
          )}
        </Stack>
      </Card>
      {quote && <QuoteCard quote={quote} timeZone={timeZone} />}
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('own.withdrawTitle')} closeButtonProps={{ 'aria-label': t('own.keep') }} centered>
        <Stack gap="sm">
          <Text>{t('own.withdrawConfirm')}</Text>
          <ErrorAlert error={withdraw.error} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('own.keep')}
            </Button>
            <Button color="red.9" loading={withdraw.busy} onClick={() => void confirmWithdraw()}>
              {t('own.withdrawYes')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
