import { Button, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadQuoteDocument, type QuoteRevision } from '../api/quotes';
import { formatDate, formatNumber, locale } from '../i18n/format';
import { currentLanguage } from '../i18n/i18n';
import { useSession } from '../session/session';
import { ErrorAlert } from './error-alert';
import { formatAmount } from './quote-money';
import { fileSize } from './rfq-attachments';
import { useAction } from './use-action';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text size="sm" style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
        {children}
      </Text>
    </Stack>
  );
}

/** The prices of one revision: a table per line (quantity, unit price, extended), declined breaks and lines said in words. */
export function QuotePriceTables({ revision }: { revision: QuoteRevision }) {
  const { t } = useTranslation(['quote', 'opportunities']);
  const money = (amount: string) => formatAmount(amount, revision.currency, locale());
  return (
    <Stack gap="md">
      {revision.lines.map((line) => {
        const name = t('quote:where.line', { number: line.position + 1, name: line.partName ?? '' });
        const unit = t(`opportunities:units.${line.unit}`, { defaultValue: line.unit });
        return (
          <Stack key={line.rfqLineId} gap={4} data-testid="quote-summary-line">
            <Text fw={700} style={{ overflowWrap: 'anywhere' }}>
              {name}
            </Text>
            {line.declineReason ? (
              <Text size="sm">{t('quote:summary.lineNotQuoted', { reason: t(`quote:declineReasons.${line.declineReason}`) })}</Text>
            ) : (
              <>
                <Table.ScrollContainer minWidth={280}>
                  <Table withTableBorder striped verticalSpacing={6} horizontalSpacing="sm" aria-label={t('quote:summary.pricesOf', { line: name, currency: revision.currency })}>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col">{t('quote:summary.quantity')}</Table.Th>
                        <Table.Th scope="col" style={{ textAlign: 'end' }}>
                          {t('quote:summary.unitPrice')}
                        </Table.Th>
                        <Table.Th scope="col" style={{ textAlign: 'end' }}>
                          {t('quote:summary.extended')}
                        </Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {line.breaks.map((step) => (
                        <Table.Tr key={step.quantity}>
                          <Table.Th scope="row" fw={600}>
                            {formatNumber(step.quantity)} {unit}
                          </Table.Th>
                          {step.unitPrice === null || step.extendedPrice === null ? (
                            <Table.Td colSpan={2}>{t('quote:summary.breakNotQuoted', { reason: step.declineReason ? t(`quote:declineReasons.${step.declineReason}`) : '' })}</Table.Td>
                          ) : (
                            <>
                              <Table.Td style={{ textAlign: 'end', whiteSpace: 'nowrap' }}>{money(step.unitPrice)}</Table.Td>
                              <Table.Td style={{ textAlign: 'end', whiteSpace: 'nowrap' }}>{money(step.extendedPrice)}</Table.Td>
                            </>
                          )}
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
                {line.minimumOrder !== null && <Text size="sm">{t('quote:summary.minimumOrder', { quantity: `${formatNumber(line.minimumOrder)} ${unit}` })}</Text>}
              </>
            )}
          </Stack>
        );
      })}
    </Stack>
  );
}

/** Everything else one revision says: tooling, lead time, validity, delivery, origin, notes and its documents. */
export function QuoteTermsSummary({ quoteId, revision }: { quoteId: string; revision: QuoteRevision }) {
  const { t } = useTranslation(['quote', 'rfqs']);
  const { accessToken } = useSession();
  const download = useAction();
  const money = (amount: string) => formatAmount(amount, revision.currency, locale());
  const lineNumbers = (ids: string[]) => ids.map((id) => (revision.lines.find((line) => line.rfqLineId === id)?.position ?? 0) + 1).join(', ');
  const { leadTime, delivery, origin } = revision;
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <Fact label={t('quote:summary.leadTime')}>
          {[leadTime.firstArticlesDays !== null ? t('quote:summary.firstArticles', { count: leadTime.firstArticlesDays }) : null, t('quote:summary.production', { count: leadTime.productionDays })].filter(Boolean).join(' · ')}
        </Fact>
        <Fact label={t('quote:summary.validUntil')}>{formatDate(`${revision.validUntil}T12:00:00Z`, 'UTC')}</Fact>
        <Fact label={t('quote:summary.delivery')}>
          {`${delivery.incoterm} ${delivery.place}`}
          {delivery.plant && `\n${t('quote:summary.shipsFrom', { plant: delivery.plant.name })}`}
        </Fact>
        <Fact label={t('quote:summary.origin')}>
          {t('quote:summary.hsCode', { code: origin.hsCode })}
          {`\n${t(`quote:origin.criteria.${origin.usmcaCriterion}.label`)}`}
          {origin.usmcaCriterion !== 'not_originating' && `\n${origin.canCertify ? t('quote:summary.certifies') : t('quote:summary.doesNotCertify')}`}
        </Fact>
      </SimpleGrid>
      {revision.tooling.length > 0 && (
        <Stack gap={4}>
          <Title order={3} size="h5">
            {t('quote:sections.tooling')}
          </Title>
          <Stack gap={2} component="ul" style={{ paddingInlineStart: 18, margin: 0 }}>
            {revision.tooling.map((tool, index) => (
              <Text key={index} component="li" size="sm" style={{ overflowWrap: 'anywhere' }}>
                {t('quote:summary.toolingRow', { description: tool.description, cost: money(tool.cost), lines: lineNumbers(tool.rfqLineIds), owner: t(`quote:tooling.owners.${tool.owner}`) })}
              </Text>
            ))}
          </Stack>
          <Text size="sm" fw={600}>
            {t('quote:tooling.total', { amount: money(revision.toolingTotal) })}
          </Text>
        </Stack>
      )}
      {revision.notes && <Fact label={t('quote:summary.notes')}>{revision.notes}</Fact>}
      {revision.attachments.length > 0 && (
        <Stack gap={6}>
          <Title order={3} size="h5">
            {t('quote:documents.title')}
          </Title>
          <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('quote:documents.listLabel')}>
            {revision.attachments.map((attachment) => (
              <Group key={attachment.id} component="li" justify="space-between" gap="xs" wrap="wrap">
                <Stack gap={0} style={{ minWidth: 0, flex: '1 1 200px' }}>
                  <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                    {attachment.fileName}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {`${attachment.fileType.toUpperCase()} · ${fileSize(attachment.sizeBytes)}`}
                  </Text>
                </Stack>
                <Button
                  size="xs"
                  variant="outline"
                  leftSection={<IconDownload size={14} aria-hidden />}
                  loading={download.busy}
                  aria-label={t('quote:documents.downloadOne', { name: attachment.fileName })}
                  onClick={() => void download.perform(() => downloadQuoteDocument(quoteId, attachment, { accessToken: accessToken(), language: currentLanguage() }))}
                >
                  {t('quote:documents.download')}
                </Button>
              </Group>
            ))}
          </Stack>
          <ErrorAlert error={download.error} />
        </Stack>
      )}
    </Stack>
  );
}
