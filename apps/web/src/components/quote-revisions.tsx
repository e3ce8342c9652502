import { Anchor, Collapse, Stack, Text } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuoteRevision } from '../api/quotes-buyer';
import { formatDateTime } from '../i18n/format';
import { revisionChanges } from './quote-figures';

/** A button that shows or hides what it controls; link-styled so a long label wraps on a phone. */
export function DisclosureButton({ open, controls, onToggle, children }: { open: boolean; controls: string; onToggle: () => void; children: ReactNode }) {
  const Chevron = open ? IconChevronDown : IconChevronRight;
  return (
    <Anchor component="button" type="button" fw={600} c="brand.9" ta="start" aria-expanded={open} aria-controls={controls} onClick={onToggle} style={{ alignSelf: 'flex-start' }}>
      <Chevron size={16} aria-hidden style={{ verticalAlign: 'text-bottom', marginInlineEnd: 4 }} />
      {children}
    </Anchor>
  );
}

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
      <DisclosureButton open={open} controls={listId} onToggle={() => setOpen(!open)}>
        {t('quotes.history', { count: revisions.length })}
      </DisclosureButton>
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
