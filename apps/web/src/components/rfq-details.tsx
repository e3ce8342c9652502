import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Rfq } from '../api/rfqs';
import { formatDate, formatDateTime, formatNumber, locale } from '../i18n/format';
import { RfqAttachmentRow } from './rfq-attachments';
import type { Lang, VocabularyNode } from './vocabulary-types';

/** A price as a decimal string ("12.5000") in the reader's money format. */
export const formatPrice = (amount: string, currency: string) => new Intl.NumberFormat(locale(), { style: 'currency', currency, maximumFractionDigits: 4 }).format(Number(amount));

/** A labelled fact: a small uppercase label over its value. */
export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text style={{ overflowWrap: 'anywhere' }}>{children}</Text>
    </Stack>
  );
}

/** Everything the RFQ asks for, as the buyer wrote it: the parts, the terms, the NDA and the files. */
export function RfqDetails({ rfq, nodes, language, timeZone }: { rfq: Rfq; nodes: Map<string, VocabularyNode>; language: Lang; timeZone?: string }) {
  const { t } = useTranslation('rfqs');
  const name = (code: string) => nodes.get(code)?.name[language] ?? code;
  const none = t('details.none');
  return (
    <Stack gap="md">
      {rfq.description && (
        <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} lang={rfq.descriptionLanguage}>
          {rfq.description}
        </Text>
      )}
      <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('details.lines')}>
        {rfq.lines.map((line, index) => (
          <Card key={line.id} withBorder padding="sm" component="li">
            <Stack gap={6}>
              <Title order={3} size="h5">
                {t('lines.lineTitle', { number: index + 1, name: line.partName ?? '' })}
                {line.partNumber ? ` · ${line.partNumber}` : ''}
              </Title>
              <Group gap={6}>
                {[...line.processes, ...line.materials].map((code) => (
                  <Badge key={code} variant="outline" color="brand.9" tt="none" fw={500}>
                    {name(code)}
                  </Badge>
                ))}
              </Group>
              <Text size="sm">
                {t('details.quantities', { list: line.quantities.map((quantity) => formatNumber(quantity)).join(' / '), unit: t(`units.${line.unit}`) })}
                {line.unitsPerTruckload ? ` · ${t('details.perTruckload', { count: line.unitsPerTruckload, formatted: formatNumber(line.unitsPerTruckload) })}` : ''}
              </Text>
              {line.notes && (
                <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                  {line.notes}
                </Text>
              )}
            </Stack>
          </Card>
        ))}
      </Stack>
      <SimpleGrid cols={{ base: 2, md: 3 }} spacing="sm">
        <Fact label={t('fields.quoteDeadline')}>{rfq.quoteDeadline ? formatDateTime(rfq.quoteDeadline, timeZone) : none}</Fact>
        <Fact label={t('fields.needBy')}>{rfq.needBy ? formatDate(`${rfq.needBy}T12:00:00Z`, 'UTC') : none}</Fact>
        <Fact label={t('fields.deliveryZip')}>{rfq.deliveryZip ? [rfq.deliveryZip, rfq.deliveryPlace].filter(Boolean).join(' · ') : none}</Fact>
        <Fact label={t('fields.incoterm')}>{rfq.incoterm ? [rfq.incoterm, rfq.incotermPlace].filter(Boolean).join(' · ') : none}</Fact>
        <Fact label={t('fields.annualVolume')}>{rfq.annualVolume ? formatNumber(rfq.annualVolume) : none}</Fact>
        <Fact label={t('fields.targetUnitPrice')}>{rfq.targetUnitPrice ? formatPrice(rfq.targetUnitPrice, rfq.currency) : none}</Fact>
        <Fact label={t('fields.hsCode')}>{rfq.hsCode ?? none}</Fact>
        <Fact label={t('fields.certifications')}>{rfq.certifications.length > 0 ? rfq.certifications.map(name).join(', ') : none}</Fact>
        <Fact label={t('fields.visibility')}>{t(`visibility.${rfq.visibility}`)}</Fact>
        <Fact label={t('fields.bidding')}>{t(`bidding.${rfq.bidding}Fact`)}</Fact>
        <Fact label={t('fields.quoteCap')}>{rfq.quoteCap ? formatNumber(rfq.quoteCap) : t('details.noCap')}</Fact>
        <Fact label={t('fields.ndaRequired')}>{rfq.nda.required ? t('details.ndaYes', { version: rfq.nda.version }) : t('details.ndaNo')}</Fact>
      </SimpleGrid>
      {rfq.nda.required && rfq.nda.text && (
        <Stack gap={2}>
          <Text size="xs" c="dimmed" fw={600} tt="uppercase">
            {t('fields.ndaText')}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {rfq.nda.text}
          </Text>
        </Stack>
      )}
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('attachments.title')}
        </Title>
        {rfq.attachments.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('attachments.none')}
          </Text>
        ) : (
          <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('attachments.title')}>
            {rfq.attachments.map((attachment) => (
              <RfqAttachmentRow key={attachment.id} rfqId={rfq.id} attachment={attachment} />
            ))}
          </Stack>
        )}
      </Stack>
    </Stack>
  );
}
