import { Anchor, Badge, Card, Collapse, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconFileTypePdf } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadQuoteAttachment, downloadQuotePdf, type Quote, type QuoteAttachment } from '../api/quotes-buyer';
import { formatDate, formatDateTime, locale } from '../i18n/format';
import { currentLanguage } from '../i18n/i18n';
import { useSession } from '../session/session';
import { ErrorAlert } from './error-alert';
import { FileRow } from './file-row';
import { fileSize } from './rfq-attachments';
import { Fact } from './rfq-details';
import { formatDecimalMoney, type Translate } from './quote-figures';
import { QuoteLineTable, useLineName } from './quote-line-table';
import { DisclosureButton, QuoteRevisions } from './quote-revisions';
import { useAction, type Action } from './use-action';
import { VerificationBadge } from './verification-badge';

/** "Submitted Dec 7 · Revision 2, Dec 9 · withdrawn Dec 10": when a quote came, changed and left (sealed or not). */
export function quoteTimeline(t: Translate, quote: Pick<Quote, 'submittedAt' | 'revision' | 'revisedAt' | 'withdrawnAt'>, timeZone?: string): string {
  return [
    t('quotes.submitted', { date: formatDateTime(quote.submittedAt, timeZone) }),
    quote.revision > 1 ? t('quotes.currentRevision', { revision: quote.revision, date: formatDateTime(quote.revisedAt, timeZone) }) : null,
    quote.withdrawnAt ? t('quotes.withdrawnAt', { date: formatDateTime(quote.withdrawnAt, timeZone) }) : null,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** One of the supplier's own documents, downloaded with the token. */
function QuoteDocument({ quoteId, attachment }: { quoteId: string; attachment: QuoteAttachment }) {
  const { t } = useTranslation('rfqs');
  const { accessToken } = useSession();
  return (
    <FileRow
      fileName={attachment.fileName}
      details={[attachment.fileType.toUpperCase(), fileSize(attachment.sizeBytes)].join(' · ')}
      download={() => downloadQuoteAttachment({ quoteId, attachment, accessToken: accessToken(), language: currentLanguage() })}
      downloadLabel={t('quotes.downloadDocument', { name: attachment.fileName })}
    />
  );
}

/** "Download PDF": a real link (to the route) that the app follows itself, since the route wants the token. */
function QuotePdfLink({ quote, download }: { quote: Quote; download: Action }) {
  const { t } = useTranslation('rfqs');
  const { accessToken } = useSession();
  const fallbackName = `${quote.supplier.name} - ${quote.rfqTitle}.pdf`.replace(/[\\/:*?"<>|]+/g, ' ');
  return (
    <Anchor
      href={`/api/v1/quotes/${encodeURIComponent(quote.id)}/pdf`}
      fw={600}
      c="brand.9"
      underline="always"
      aria-busy={download.busy}
      onClick={(event) => {
        event.preventDefault();
        if (!download.busy) void download.perform(() => downloadQuotePdf({ quoteId: quote.id, fallbackName, accessToken: accessToken(), language: currentLanguage() }));
      }}
    >
      <IconFileTypePdf size={18} aria-hidden style={{ verticalAlign: 'text-bottom', marginInlineEnd: 4 }} />
      {t('quotes.downloadPdf')}
    </Anchor>
  );
}

/** The quote's terms after its prices: tooling, lead time, validity, delivery and origin. */
function QuoteTerms({ quote }: { quote: Quote }) {
  const { t } = useTranslation('rfqs');
  const lineName = useLineName();
  const current = quote.current;
  const money = (amount: string) => formatDecimalMoney(amount, current.currency, locale(), 2);
  const lineLabel = (rfqLineId: string) => {
    const line = current.lines.find((candidate) => candidate.rfqLineId === rfqLineId);
    return line ? lineName(line) : rfqLineId;
  };
  const plant = current.delivery.plant;
  const hsCode = current.origin.hsCode.length === 6 ? `${current.origin.hsCode.slice(0, 4)}.${current.origin.hsCode.slice(4)}` : current.origin.hsCode;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="sm">
      <Fact label={t('quotes.tooling')}>
        {current.tooling.length === 0 ? (
          t('quotes.noTooling')
        ) : (
          <Stack gap={2} component="span">
            {current.tooling.map((item, index) => (
              <Text key={index} span size="sm" display="block">
                <Text span fw={600} size="sm">
                  {item.description}: {money(item.cost)}
                </Text>
                {' · '}
                {t('quotes.toolingFor', { lines: item.rfqLineIds.map(lineLabel).join(', ') })}
                {' · '}
                {t(`quotes.toolingOwners.${item.owner}`)}
              </Text>
            ))}
            <Text span fw={700} size="sm" display="block">
              {t('quotes.toolingTotal', { total: money(current.toolingTotal) })}
            </Text>
          </Stack>
        )}
      </Fact>
      <Fact label={t('quotes.leadTime')}>
        {[current.leadTime.firstArticlesDays !== null ? t('quotes.firstArticles', { count: current.leadTime.firstArticlesDays }) : t('quotes.noFirstArticles'), t('quotes.production', { count: current.leadTime.productionDays })].join(' · ')}
      </Fact>
      <Fact label={t('quotes.validUntil')}>{formatDate(`${current.validUntil}T12:00:00Z`, 'UTC')}</Fact>
      <Fact label={t('quotes.delivery')}>
        {[t(`incoterms.${current.delivery.incoterm}`, { defaultValue: current.delivery.incoterm }), current.delivery.place].join(' · ')}
        {plant && (
          <Text span size="sm" c="dimmed" display="block">
            {t('quotes.plant', { name: plant.name, place: [plant.municipality, plant.state].filter(Boolean).join(', ') })}
          </Text>
        )}
      </Fact>
      <Fact label={t('quotes.origin')}>
        {t('quotes.hsCode', { code: hsCode })}
        <Text span size="sm" display="block">
          {t(`quote:usmcaClaims.${current.origin.usmcaCriterion}`)}
        </Text>
        <Text span size="sm" display="block">
          {current.origin.canCertify ? t('quotes.canCertify') : t('quotes.cannotCertify')}
        </Text>
      </Fact>
    </SimpleGrid>
  );
}

/**
 * One supplier's quote as the buyer reads it once unsealed: an article headed by the supplier's name, the
 * currency, a price table per line, the terms, notes, documents, the PDF and the revision history. A withdrawn
 * quote starts folded: it is no longer an offer.
 */
export function QuoteCard({ quote, timeZone }: { quote: Quote; timeZone?: string }) {
  const { t } = useTranslation('rfqs');
  const withdrawn = quote.state === 'withdrawn';
  const [expanded, setExpanded] = useState(!withdrawn);
  const headingId = useId();
  const bodyId = useId();
  const pdf = useAction();
  const current = quote.current;

  return (
    <Card withBorder padding="md" component="article" aria-labelledby={headingId} bg={withdrawn ? 'gray.0' : undefined}>
      <Stack gap="sm">
        <Stack gap={4}>
          <Group gap="sm" wrap="wrap" justify="space-between" align="flex-start">
            <Title order={3} size="h4" id={headingId} style={{ overflowWrap: 'anywhere' }}>
              {quote.supplier.name}
            </Title>
            <Group gap={6} wrap="wrap">
              {withdrawn && (
                <Badge color="red.9" variant="outline">
                  {t('quotes.withdrawn')}
                </Badge>
              )}
              <VerificationBadge level={quote.supplier.verificationLevel} />
            </Group>
          </Group>
          <Text size="sm" c="dimmed">
            {quoteTimeline(t, quote, timeZone)}
          </Text>
        </Stack>
        {withdrawn && (
          <DisclosureButton open={expanded} controls={bodyId} onToggle={() => setExpanded(!expanded)}>
            {expanded ? t('quotes.hideWithdrawn') : t('quotes.showWithdrawn')}
          </DisclosureButton>
        )}
        <Collapse expanded={expanded} id={bodyId}>
          <Stack gap="md">
            {current.rfqVersion < quote.rfqVersion && (
              <Group gap={6} wrap="nowrap" align="flex-start">
                <IconAlertTriangle size={18} aria-hidden color="var(--mantine-color-orange-7)" style={{ flexShrink: 0, marginTop: 1 }} />
                <Text size="sm" fw={600}>
                  {t('quotes.olderVersion', { answered: current.rfqVersion, current: quote.rfqVersion })}
                </Text>
              </Group>
            )}
            <Group gap="md" wrap="wrap" justify="space-between">
              <Text>
                <Text span fw={600}>
                  {t('quotes.currency')}:
                </Text>{' '}
                {t(`quotes.currencies.${current.currency}`)}
              </Text>
              <QuotePdfLink quote={quote} download={pdf} />
            </Group>
            <ErrorAlert error={pdf.error} />
            {current.lines.map((line) => (
              <QuoteLineTable key={line.rfqLineId} line={line} currency={current.currency} supplierName={quote.supplier.name} />
            ))}
            <QuoteTerms quote={quote} />
            {current.notes && (
              <Fact label={t('quotes.notes')}>
                <Text span style={{ whiteSpace: 'pre-wrap' }}>
                  {current.notes}
                </Text>
              </Fact>
            )}
            <Stack gap={4}>
              <Text size="xs" c="dimmed" fw={600} tt="uppercase">
                {t('quotes.documents')}
              </Text>
              {current.attachments.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('quotes.noDocuments')}
                </Text>
              ) : (
                <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('quotes.documents')}>
                  {current.attachments.map((attachment) => (
                    <QuoteDocument key={attachment.id} quoteId={quote.id} attachment={attachment} />
                  ))}
                </Stack>
              )}
            </Stack>
            <QuoteRevisions revisions={quote.revisions} supplierName={quote.supplier.name} timeZone={timeZone} />
          </Stack>
        </Collapse>
      </Stack>
    </Card>
  );
}
