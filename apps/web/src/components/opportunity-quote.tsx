import { Alert, Badge, Button, Card, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { IconCheck, IconEdit, IconFileDownload, IconSend, IconTrash } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ApiRequestError } from '../api/api-client';
import type { SupplierRfq } from '../api/opportunities';
import { downloadQuotePdf, readOwnQuote, withdrawQuote, type Quote } from '../api/quotes';
import { formatDateTime } from '../i18n/format';
import { currentLanguage } from '../i18n/i18n';
import { useSession } from '../session/session';
import { ErrorAlert } from './error-alert';
import { QuotePriceTables, QuoteTermsSummary } from './quote-summary';
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

/** Every revision, newest first: its number and when it was sent. */
function RevisionHistory({ quote, timeZone }: { quote: Quote; timeZone?: string }) {
  const { t } = useTranslation('quote');
  return (
    <Stack gap={4} component="section" aria-labelledby="quote-history">
      <Title order={3} size="h5" id="quote-history">
        {t('own.history')}
      </Title>
      <Stack gap={2} component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {quote.revisions.map((revision) => (
          <Text key={revision.revision} component="li" size="sm" data-testid="quote-revision">
            <Text span fw={600}>
              {t('own.revision', { revision: revision.revision })}
            </Text>
            {' · '}
            {t('own.sentOn', { date: formatDateTime(revision.createdAt, timeZone) })}
            {revision.revision === quote.revision && ` · ${t('own.current')}`}
          </Text>
        ))}
      </Stack>
    </Stack>
  );
}

/**
 * The supplier's quote on the RFQ page: a way in when it may quote and has not; once it has, the current revision
 * (prices and terms), Revise, Download PDF, its history and Withdraw (confirmed first) while the RFQ is open.
 */
export function OpportunityQuote({ rfq, sentRevision, timeZone }: { rfq: SupplierRfq; sentRevision?: number; timeZone?: string }) {
  const { t } = useTranslation('quote');
  const { run, accessToken } = useSession();
  const [quote, setQuote] = useState<Quote | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [confirming, setConfirming] = useState(false);
  const withdraw = useAction();
  const pdf = useAction();
  const open = rfq.state === 'open';

  const load = useCallback(async () => {
    try {
      setQuote(await run(() => readOwnQuote(rfq.id)));
      setLoadError(null);
    } catch (caught) {
      if (caught instanceof ApiRequestError && caught.status === 404) setQuote(null);
      else setLoadError(caught);
    }
  }, [run, rfq.id]);

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
    <Card withBorder padding="md" component="section" aria-labelledby="rfq-quote" data-testid="own-quote">
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
            <IconCheck size={18} aria-hidden />
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
              <Button
                variant="default"
                leftSection={<IconFileDownload size={16} aria-hidden />}
                loading={pdf.busy}
                onClick={() => void pdf.perform(() => downloadQuotePdf(quote, { accessToken: accessToken(), language: currentLanguage() }))}
              >
                {t('own.pdf')}
              </Button>
              {open && active && (
                <Button variant="outline" color="red.9" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => setConfirming(true)}>
                  {t('own.withdraw')}
                </Button>
              )}
            </Group>
            <ErrorAlert error={pdf.error} />
            <QuotePriceTables revision={quote.current} />
            <QuoteTermsSummary quoteId={quote.id} revision={quote.current} />
            <RevisionHistory quote={quote} timeZone={timeZone} />
          </>
        )}
      </Stack>
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
    </Card>
  );
}
