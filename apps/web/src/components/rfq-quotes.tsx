import { Badge, Button, Center, Group, Loader, Stack, Text } from '@mantine/core';
import { IconLock, IconScale } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { getRfqQuotes, type QuoteReceipt, type RfqQuotes as RfqQuotesData } from '../api/quotes-buyer';
import type { Rfq } from '../api/rfqs';
import { formatNumber, locale } from '../i18n/format';
import { useSession } from '../session/session';
import { ErrorAlert } from './error-alert';
import { sealedStatusText } from './quote-figures';
import { QuoteCard, quoteTimeline } from './quote-card';

/** Who quoted and when, never a price: what the buyer sees while the quotes are sealed. */
function QuoteReceipts({ received, timeZone }: { received: QuoteReceipt[]; timeZone?: string }) {
  const { t } = useTranslation('rfqs');
  if (received.length === 0) return null;
  return (
    <Stack gap="sm" component="ul" aria-label={t('quotes.received')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {received.map((receipt) => {
        const withdrawn = receipt.state === 'withdrawn';
        return (
          <Stack key={receipt.quoteId} component="li" gap={0}>
            <Group gap="xs" wrap="wrap" align="center">
              <Text fw={600} td={withdrawn ? 'line-through' : undefined} style={{ overflowWrap: 'anywhere' }}>
                {receipt.supplier.name}
              </Text>
              {withdrawn && (
                <Badge color="red.9" variant="outline" size="sm">
                  {t('quotes.withdrawn')}
                </Badge>
              )}
            </Group>
            <Text size="sm" c="dimmed">
              {quoteTimeline(t, receipt, timeZone)}
            </Text>
          </Stack>
        );
      })}
    </Stack>
  );
}

/**
 * The Quotes section of the buyer's RFQ page. Sealed: how many arrived and until when (on the buyer's clock),
 * and who, without prices. Unsealed (or open bidding): each quote in full, the withdrawn ones apart.
 */
export function RfqQuotes({ rfq, timeZone }: { rfq: Rfq; timeZone?: string }) {
  const { t } = useTranslation('rfqs');
  const { run } = useSession();
  const [view, setView] = useState<RfqQuotesData | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    setView(null);
    setError(null);
    run(() => getRfqQuotes(rfq.id))
      .then(setView)
      .catch(setError);
    // The RFQ's state and version change what the route answers (closing unseals): read again when they move.
  }, [rfq.id, rfq.state, rfq.version, run]);

  if (error) return <ErrorAlert error={error} />;
  if (!view)
    return (
      <Center h={80}>
        <Loader size="sm" aria-label={t('quotes.loading')} />
      </Center>
    );

  const active = view.quotes.filter((quote) => quote.state === 'active');
  const withdrawn = view.quotes.filter((quote) => quote.state === 'withdrawn');
  const counts = [
    view.activeCount === 0 ? (rfq.state === 'open' ? t('quotes.none') : t('quotes.noneReceived')) : t('quotes.count', { count: view.activeCount, formatted: formatNumber(view.activeCount) }),
    view.withdrawnCount > 0 ? t('quotes.withdrawnCount', { count: view.withdrawnCount, formatted: formatNumber(view.withdrawnCount) }) : null,
  ].filter(Boolean);

  return (
    <Stack gap="md">
      {view.sealed ? (
        <Group gap={8} wrap="nowrap" align="flex-start">
          <IconLock size={20} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
          <Text fw={700} role="status" data-testid="quotes-status">
            {sealedStatusText(t, { activeCount: view.activeCount, sealedUntil: view.sealedUntil, locale: locale(), timeZone })}
          </Text>
        </Group>
      ) : (
        <Text fw={700} role="status" data-testid="quotes-status">
          {counts.join(' · ')}
        </Text>
      )}
      <Text size="sm" c="dimmed">
        {view.bidding === 'sealed' ? t('quotes.sealedHint') : t('quotes.openHint')}
      </Text>
      {/* The comparison reads what the quotes route does: once unsealed, with at least one active quote. */}
      {!view.sealed && active.length > 0 && (
        <Group>
          <Button component={Link} to={`/rfqs/${rfq.id}/compare`} variant="light" leftSection={<IconScale size={16} aria-hidden />}>
            {t('compare:link')}
          </Button>
        </Group>
      )}
      {view.quotes.length === 0 ? (
        <QuoteReceipts received={view.received} timeZone={timeZone} />
      ) : (
        <>
          {active.map((quote) => (
            <QuoteCard key={quote.id} quote={quote} timeZone={timeZone} />
          ))}
          {withdrawn.length > 0 && (
            <Stack gap="sm" component="section" aria-label={t('quotes.withdrawnTitle')}>
              <Stack gap={2}>
                <Text fw={700}>{t('quotes.withdrawnTitle')}</Text>
                <Text size="sm" c="dimmed">
                  {t('quotes.withdrawnHint')}
                </Text>
              </Stack>
              {withdrawn.map((quote) => (
                <QuoteCard key={quote.id} quote={quote} timeZone={timeZone} />
              ))}
            </Stack>
          )}
        </>
      )}
    </Stack>
  );
}
