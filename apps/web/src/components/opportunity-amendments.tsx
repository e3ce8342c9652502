import { Card, List, Stack, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { RfqFieldChange, SupplierRfq } from '../api/opportunities';
import { formatDate, formatDateTime, formatNumber } from '../i18n/format';
import { deadlineText } from './opportunity-deadline';
import type { NameOf } from './opportunity-names';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const CODE = /^(proc|mat|ind|cert)\.[\w.-]+$/;
/** A long text (a description, the NDA) is shown by its start: the request itself shows the rest. */
const LONG = 160;

/** One side of a change in words: dates in the reader's zone, codes by name, lists joined, files by name. */
function valueText(value: unknown, t: TFunction<'opportunities'>, nameOf: NameOf, timeZone?: string): string {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return t('amendments.empty');
  if (typeof value === 'boolean') return t(value ? 'amendments.yes' : 'amendments.no');
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'string') {
    if (ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value))) return deadlineText(value, timeZone);
    if (ISO_DATE.test(value)) return formatDate(`${value}T12:00:00Z`, 'UTC');
    if (CODE.test(value)) return nameOf(value);
    return value.length > LONG ? `${value.slice(0, LONG)}…` : value;
  }
  if (Array.isArray(value)) return value.map((item) => valueText(item, t, nameOf, timeZone)).join(', ');
  if (typeof value === 'object') {
    const named = value as { fileName?: unknown; partName?: unknown; processes?: unknown; quantities?: unknown };
    if (typeof named.fileName === 'string') return named.fileName;
    if (typeof named.partName === 'string') return named.partName;
    // A whole line as the NDA gate leaves it: its processes and quantities.
    if (Array.isArray(named.processes) || Array.isArray(named.quantities)) {
      return [named.processes, named.quantities].filter(Array.isArray).map((list) => valueText(list, t, nameOf, timeZone)).join('; ');
    }
  }
  return t('amendments.changed');
}

/** Fields a supplier has no use for (the buyer's own picks are supplier ids). */
const HIDDEN = new Set(['invitedSupplierIds']);

/** `lines[1].quantities` → "Line 2, quantities"; `quoteDeadline` → "Quote deadline". */
function fieldText(field: string, t: TFunction<'opportunities'>): string {
  const line = /^lines\[(\d+)\]\.?(\w*)$/.exec(field);
  if (line) {
    const name = line[2] ? t(`amendments.fields.${line[2]}`, { defaultValue: line[2] }) : t('amendments.fields.lines');
    return t('amendments.lineField', { number: Number(line[1]) + 1, field: name });
  }
  return t(`amendments.fields.${field}`, { defaultValue: field });
}

function ChangeItem({ change, nameOf, timeZone }: { change: RfqFieldChange; nameOf: NameOf; timeZone?: string }) {
  const { t } = useTranslation('opportunities');
  return (
    <List.Item style={{ overflowWrap: 'anywhere' }}>
      {t('amendments.change', { field: fieldText(change.field, t), before: valueText(change.before, t, nameOf, timeZone), after: valueText(change.after, t, nameOf, timeZone) })}
    </List.Item>
  );
}

/** "What changed in version 3": each amendment after the first publication, newest first, with the buyer's note. */
export function OpportunityAmendments({ rfq, nameOf, timeZone }: { rfq: SupplierRfq; nameOf: NameOf; timeZone?: string }) {
  const { t } = useTranslation('opportunities');
  if (rfq.amendments.length === 0) return null;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="rfq-amendments" data-testid="rfq-amendments">
      <Stack gap="sm">
        <Title order={2} size="h3" id="rfq-amendments">
          {t('amendments.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('amendments.intro')}
        </Text>
        {rfq.amendments.map((amendment) => (
          <Stack key={amendment.version} gap={4} component="article" aria-labelledby={`amendment-${amendment.version}`}>
            <Title order={3} size="h5" id={`amendment-${amendment.version}`}>
              {t('amendments.version', { version: amendment.version })}
            </Title>
            <Text size="xs" c="dimmed">
              {formatDateTime(amendment.createdAt, timeZone)}
            </Text>
            {amendment.note && (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {t('amendments.note', { note: amendment.note })}
              </Text>
            )}
            <List size="sm" spacing={2}>
              {amendment.changes.filter((change) => !HIDDEN.has(change.field)).map((change, index) => (
                <ChangeItem key={`${change.field}-${index}`} change={change} nameOf={nameOf} timeZone={timeZone} />
              ))}
            </List>
          </Stack>
        ))}
      </Stack>
    </Card>
  );
}
