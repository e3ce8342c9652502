import { Card, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RfqAmendment } from '../api/rfqs';
import { formatDateTime, formatNumber } from '../i18n/format';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** A changed value in words: dates in the reader's zone, lists joined, nothing as a dash. */
function shown(value: unknown, timeZone?: string): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string' && ISO_INSTANT.test(value)) return formatDateTime(value, timeZone);
  if (typeof value === 'number') return formatNumber(value);
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.map((item) => shown(item, timeZone)).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** The published versions after the first, newest first: when, the buyer's note, and what changed. */
export function RfqAmendments({ amendments, timeZone }: { amendments: RfqAmendment[]; timeZone?: string }) {
  const { t } = useTranslation('rfqs');
  if (amendments.length === 0) return <Text c="dimmed">{t('amendments.none')}</Text>;
  const fieldName = (field: string) => {
    const [, root, index, rest] = /^(\w+)(?:\[(\d+)\])?(?:\.(\w+))?$/.exec(field) ?? [];
    if (root === 'lines' && index !== undefined) return t('amendments.lineField', { number: Number(index) + 1, field: rest ? t(`lines.${rest}`, { defaultValue: rest }) : '' });
    return t(`fields.${root ?? field}`, { defaultValue: field });
  };
  return (
    <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('amendments.title')}>
      {amendments.map((amendment) => (
        <Card key={amendment.version} withBorder padding="sm" component="li">
          <Stack gap={4}>
            <Text fw={700}>{t('amendments.version', { version: amendment.version, date: formatDateTime(amendment.createdAt, timeZone) })}</Text>
            {amendment.note && <Text style={{ whiteSpace: 'pre-wrap' }}>“{amendment.note}”</Text>}
            <List size="sm" spacing={2}>
              {amendment.changes.map((change, index) => (
                <List.Item key={index}>
                  {change.field === 'attachments'
                    ? t('amendments.attachments')
                    : t('amendments.change', { field: fieldName(change.field), before: shown(change.before, timeZone), after: shown(change.after, timeZone) })}
                </List.Item>
              ))}
            </List>
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
