import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SupplierRfq } from '../api/opportunities';
import { formatDate, formatNumber, locale } from '../i18n/format';
import { useQuantitiesText, type NameOf } from './opportunity-names';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </Stack>
  );
}

function CodeList({ codes, nameOf, label }: { codes: string[]; nameOf: NameOf; label: string }) {
  return (
    <Group gap={6} component="ul" aria-label={label} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {codes.map((code) => (
        <Badge key={code} component="li" color="gray.8" variant="outline" tt="none" fw={500} radius="sm" styles={{ root: { height: 'auto', minHeight: 22 }, label: { whiteSpace: 'normal' } }}>
          {nameOf(code)}
        </Badge>
      ))}
    </Group>
  );
}

/** A decimal string in its currency ("12.5000" USD → "$12.50"), keeping the buyer's extra places when it gave them. */
function price(amount: string, currency: 'USD' | 'MXN'): string {
  const value = Number(amount);
  const places = Math.max(2, (amount.split('.')[1] ?? '').replace(/0+$/, '').length);
  return new Intl.NumberFormat(locale(), { style: 'currency', currency, minimumFractionDigits: 2, maximumFractionDigits: places }).format(value);
}

/** The request past the NDA gate (or without one): description, parts, and the commercial terms. */
export function OpportunityDetails({ rfq, nameOf }: { rfq: SupplierRfq; nameOf: NameOf }) {
  const { t } = useTranslation('opportunities');
  const quantitiesText = useQuantitiesText();
  const none = t('details.none');
  return (
    <Stack gap="md">
      <Card withBorder padding="md" component="section" aria-labelledby="rfq-description">
        <Stack gap="xs">
          <Title order={2} size="h3" id="rfq-description">
            {t('details.description')}
          </Title>
          <Text size="xs" c="dimmed">
            {t('details.descriptionLanguage', { language: t(`details.languages.${rfq.descriptionLanguage}`) })}
          </Text>
          <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} lang={rfq.descriptionLanguage} data-testid="rfq-description">
            {rfq.description ?? none}
          </Text>
        </Stack>
      </Card>

      <Card withBorder padding="md" component="section" aria-labelledby="rfq-lines">
        <Stack gap="sm">
          <Title order={2} size="h3" id="rfq-lines">
            {t('details.lines')}
          </Title>
          <Stack gap="md" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {rfq.lines.map((line, index) => (
              <Stack key={line.id} component="li" gap={6} aria-labelledby={`line-${line.id}`} data-testid="rfq-line">
                <Text fw={700} id={`line-${line.id}`} style={{ overflowWrap: 'anywhere' }}>
                  {t('summary.line', { number: index + 1 })}: {line.partName ?? none}
                </Text>
                {line.partNumber && <Text size="sm">{t('details.partNumber', { number: line.partNumber })}</Text>}
                <CodeList codes={line.processes} nameOf={nameOf} label={t('summary.processes')} />
                {line.materials.length > 0 && (
                  <Text size="sm">
                    <Text span fw={600}>
                      {t('details.materials')}:
                    </Text>{' '}
                    {line.materials.map(nameOf).join(', ')}
                  </Text>
                )}
                <Text size="sm">
                  <Text span fw={600}>
                    {t('summary.quantities')}:
                  </Text>{' '}
                  {quantitiesText(line.quantities, line.unit)}
                  {line.unitsPerTruckload !== null && ` · ${t('details.perTruckload', { formatted: formatNumber(line.unitsPerTruckload) })}`}
                </Text>
                {line.notes && (
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                    <Text span fw={600}>
                      {t('details.notes')}:
                    </Text>{' '}
                    {line.notes}
                  </Text>
                )}
              </Stack>
            ))}
          </Stack>
        </Stack>
      </Card>

      <Card withBorder padding="md" component="section" aria-labelledby="rfq-terms">
        <Stack gap="sm">
          <Title order={2} size="h3" id="rfq-terms">
            {t('details.terms')}
          </Title>
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <Fact label={t('details.delivery')}>
              {rfq.deliveryZip ? (rfq.deliveryPlace ? t('details.deliveryTo', { place: rfq.deliveryPlace, zip: rfq.deliveryZip }) : rfq.deliveryZip) : none}
            </Fact>
            <Fact label={t('details.incoterm')}>{rfq.incoterm ? [rfq.incoterm, rfq.incotermPlace].filter(Boolean).join(' ') : none}</Fact>
            <Fact label={t('details.needBy')}>{rfq.needBy ? formatDate(`${rfq.needBy}T12:00:00Z`, 'UTC') : none}</Fact>
            <Fact label={t('details.annualVolume')}>{rfq.annualVolume !== null ? formatNumber(rfq.annualVolume) : none}</Fact>
            <Fact label={t('details.targetPrice')}>{rfq.targetUnitPrice ? price(rfq.targetUnitPrice, rfq.currency) : none}</Fact>
            <Fact label={t('details.hsCode')}>{rfq.hsCode ?? none}</Fact>
          </SimpleGrid>
          <Stack gap={4}>
            <Text size="xs" c="dimmed" fw={600} tt="uppercase">
              {t('details.certifications')}
            </Text>
            {rfq.certifications.length > 0 ? <CodeList codes={rfq.certifications} nameOf={nameOf} label={t('details.certifications')} /> : <Text size="sm">{none}</Text>}
          </Stack>
        </Stack>
      </Card>
    </Stack>
  );
}
