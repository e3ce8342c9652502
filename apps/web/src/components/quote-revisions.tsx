import { Button, Collapse, Stack, Text } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuoteRevision } from '../api/quotes-buyer';
import { formatDateTime } from '../i18n/format';
import { revisionChanges } from './quote-figures';

/**
 * A quote's revisions, newest first, folded behind a button: each one's number and time, the RFQ version it
 * answered, and what it changed from the one before.
 */
export function QuoteRevisions({ revisions, supplierName, timeZone }: { revisions: QuoteRevision[]; supplierName: string; timeZone?: string }) {
  const { t } = useTranslation('rfqs');
  const [open, setOpen] = useState(false);
  const listId = useId();
  const changedText = (revision: QuoteRevision, index: number) => {
    const before = revisions[index + 1];
    if (!before) return t('quotes.firstQuote');
    const changes = revisionChanges(before, revision);
    return changes.length === 0 ? t('quotes.unchanged') : t('quotes.changed', { list: changes.map((change) => t(`quotes.changes.${change}`)).join(', ') });
  };
  return (
    <Stack gap={4}>
      <Button
        variant="subtle"
        color="brand.9"
        // The subtle variant draws its text in the colour's middle shade whatever shade is asked: below AA on white.
        c="brand.9"
        px={4}
        style={{ alignSelf: 'flex-start' }}
        leftSection={open ? <IconChevronDown size={16} aria-hidden /> : <IconChevronRight size={16} aria-hidden />}
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen(!open)}
      >
        {t('quotes.history', { count: revisions.length })}
      </Button>
      <Collapse expanded={open}>
        <Stack gap={6} component="ol" id={listId} aria-label={t('quotes.historyLabel', { supplier: supplierName })} style={{ margin: 0, paddingInlineStart: 20 }}>
          {revisions.map((revision, index) => (
            <li key={revision.revision}>
              <Text size="sm" fw={600}>
                {t('quotes.revisionEntry', { revision: revision.revision, date: formatDateTime(revision.createdAt, timeZone) })}
                <Text span size="sm" c="dimmed" fw={400}>
                  {' · '}
                  {t('quotes.answeredVersion', { version: revision.rfqVersion })}
                </Text>
              </Text>
              <Text size="sm">{changedText(revision, index)}</Text>
            </li>
          ))}
        </Stack>
      </Collapse>
    </Stack>
  );
}
