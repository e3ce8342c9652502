import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { SupplierRfqSummary } from '../api/opportunities';
import { OpportunityDeadline } from './opportunity-deadline';
import { useQuantitiesText, type NameOf } from './opportunity-names';
import { OpportunityNdaBadge, OpportunityStateBadge } from './opportunity-state-badge';

/**
 * One request for quote in a supplier's list (invitations or feed): only what the NDA gate leaves visible
 * (title, buyer, processes, quantities, deadline), the badges, and what the list adds below (`children`).
 */
export function OpportunityCard({
  rfq,
  nameOf,
  timeZone,
  badges,
  children,
  testId,
}: {
  rfq: SupplierRfqSummary;
  nameOf: NameOf;
  timeZone?: string;
  badges?: ReactNode;
  children?: ReactNode;
  testId: string;
}) {
  const { t } = useTranslation('opportunities');
  const quantitiesText = useQuantitiesText();
  const headingId = `${testId}-${rfq.id}`;
  return (
    <Card withBorder padding="md" component="li" aria-labelledby={headingId} data-testid={testId}>
      <Stack gap={8}>
        <Group justify="space-between" align="flex-start" gap="xs">
          <Stack gap={0} style={{ flex: '1 1 220px', minWidth: 0 }}>
            <Anchor component={Link} to={`/opportunities/${rfq.id}`} fw={700} size="lg" id={headingId} style={{ overflowWrap: 'anywhere' }}>
              {rfq.title}
            </Anchor>
            <Text size="sm" c="dimmed">
              {t('summary.from', { name: rfq.buyerName })}
            </Text>
          </Stack>
          <Group gap={6}>
            {badges}
            <OpportunityStateBadge state={rfq.state} />
            {rfq.ndaRequired && <OpportunityNdaBadge />}
            {rfq.visibility === 'invite_only' && (
              <Badge color="gray.8" variant="outline" miw="max-content">
                {t('summary.inviteOnly')}
              </Badge>
            )}
          </Group>
        </Group>
        {rfq.processes.length > 0 && (
          <Group gap={6} component="ul" aria-label={t('summary.processes')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {rfq.processes.map((code) => (
              <Badge key={code} component="li" color="gray.8" variant="outline" tt="none" fw={500} radius="sm" styles={{ root: { height: 'auto', minHeight: 22 }, label: { whiteSpace: 'normal' } }}>
                {nameOf(code)}
              </Badge>
            ))}
          </Group>
        )}
        {rfq.lines.length > 0 && (
          <Text size="sm">
            <Text span fw={600}>
              {t('summary.quantities')}:
            </Text>{' '}
            {rfq.lines.length === 1
              ? quantitiesText(rfq.lines[0].quantities, rfq.lines[0].unit)
              : rfq.lines.map((line, index) => `${t('summary.line', { number: index + 1 })}: ${quantitiesText(line.quantities, line.unit)}`).join('; ')}
          </Text>
        )}
        <OpportunityDeadline deadline={rfq.quoteDeadline} timeZone={timeZone} />
        {children}
      </Stack>
    </Card>
  );
}
