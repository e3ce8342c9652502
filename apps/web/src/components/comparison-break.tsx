import { Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComparisonEntry } from '../api/comparison';
import { ComparisonBreakdown } from './comparison-breakdown';
import { EntryLandedUnit, EntryPrice, EntrySupplier, entryLandedTotal, useEntryDays } from './comparison-entry-facts';
import type { NameOf } from './opportunity-names';

export interface BreakProps {
  quantityText: string;
  entries: ComparisonEntry[];
  nameOf: NameOf;
  /** Set while the line may still be awarded: opens the award dialog for that entry's quote. */
  onAward?: (entry: ComparisonEntry) => void;
}

/** "How this is computed" and "Award" for one entry. */
function EntryActions({ entry, open, onToggle, onAward, quantityText }: { entry: ComparisonEntry; open: boolean; onToggle: () => void; onAward?: (entry: ComparisonEntry) => void; quantityText: string }) {
  const { t } = useTranslation('compare');
  return (
    <Group gap="xs" wrap="wrap">
      {entry.landed && (
        <Button variant="subtle" size="xs" aria-expanded={open} aria-label={t('howComputedFor', { action: open ? t('hideComputed') : t('howComputed'), supplier: entry.supplier.name, quantity: quantityText })} onClick={onToggle}>
          {open ? t('hideComputed') : t('howComputed')}
        </Button>
      )}
      {onAward && entry.unitPrice !== null && (
        <Button variant="light" size="xs" aria-label={t('awardFor', { supplier: entry.supplier.name })} onClick={() => onAward(entry)}>
          {t('award')}
        </Button>
      )}
    </Group>
  );
}

/**
 * One quantity break of one line: the quotes cheapest landed cost first, as a table on a desk and as cards on a
 * phone, each with its breakdown on demand.
 */
export function ComparisonBreak({ quantityText, entries, nameOf, onAward }: BreakProps) {
  const { t } = useTranslation('compare');
  const wide = useMediaQuery('(min-width: 62em)', true);
  const days = useEntryDays();
  const [open, setOpen] = useState<Set<string>>(new Set());
  const toggle = (quoteId: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(quoteId)) next.delete(quoteId);
      else next.add(quoteId);
      return next;
    });
  const cheapestId = entries.find((entry) => entry.landedPerUnitUsd !== null)?.quoteId;

  return (
    <Stack gap="xs" component="section" aria-label={quantityText}>
      <Title order={3} size="h5">
        {quantityText}
      </Title>
      {entries.length === 0 && <Text c="dimmed">{t('noEntries')}</Text>}
      {entries.length > 0 && wide && (
        <Table verticalSpacing="sm" data-testid="comparison-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('columns.supplier')}</Table.Th>
              <Table.Th>{t('columns.unitPrice')}</Table.Th>
              <Table.Th ta="right">{t('columns.landedUnit')}</Table.Th>
              <Table.Th ta="right">{t('columns.landedTotal')}</Table.Th>
              <Table.Th>{t('columns.days')}</Table.Th>
              <Table.Th>{t('columns.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((entry) => (
              <Fragment key={entry.quoteId}>
                <Table.Tr data-testid="comparison-entry">
                  <Table.Td>
                    <EntrySupplier entry={entry} nameOf={nameOf} cheapest={entry.quoteId === cheapestId && entries.length > 1} />
                  </Table.Td>
                  <Table.Td>
                    <EntryPrice entry={entry} />
                  </Table.Td>
                  <Table.Td ta="right">
                    <EntryLandedUnit entry={entry} />
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {entryLandedTotal(entry)}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{days(entry)}</Table.Td>
                  <Table.Td>
                    <EntryActions entry={entry} open={open.has(entry.quoteId)} onToggle={() => toggle(entry.quoteId)} onAward={onAward} quantityText={quantityText} />
                  </Table.Td>
                </Table.Tr>
                {open.has(entry.quoteId) && entry.landed && (
                  <Table.Tr>
                    <Table.Td colSpan={6} bg="gray.0">
                      <ComparisonBreakdown landed={entry.landed} />
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {entries.length > 0 && !wide && (
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {entries.map((entry) => (
            <Card key={entry.quoteId} withBorder padding="sm" component="li" data-testid="comparison-entry">
              <Stack gap="xs">
                <EntrySupplier entry={entry} nameOf={nameOf} cheapest={entry.quoteId === cheapestId && entries.length > 1} />
                <Group justify="space-between" align="flex-start" wrap="nowrap">
                  <Text size="sm">{t('columns.unitPrice')}</Text>
                  <EntryPrice entry={entry} />
                </Group>
                <Group justify="space-between" wrap="nowrap">
                  <Text size="sm">{t('columns.landedUnit')}</Text>
                  <EntryLandedUnit entry={entry} />
                </Group>
                <Group justify="space-between" wrap="nowrap">
                  <Text size="sm">{t('columns.landedTotal')}</Text>
                  <Text style={{ whiteSpace: 'nowrap' }}>{entryLandedTotal(entry)}</Text>
                </Group>
                <Group justify="space-between" wrap="nowrap">
                  <Text size="sm">{t('columns.days')}</Text>
                  <Text style={{ whiteSpace: 'nowrap' }}>{days(entry)}</Text>
                </Group>
                <EntryActions entry={entry} open={open.has(entry.quoteId)} onToggle={() => toggle(entry.quoteId)} onAward={onAward} quantityText={quantityText} />
                {open.has(entry.quoteId) && entry.landed && <ComparisonBreakdown landed={entry.landed} />}
              </Stack>
            </Card>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
