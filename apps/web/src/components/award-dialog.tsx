import { Button, Checkbox, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { awardLines, type ComparisonEntry, type ComparisonLine, type RfqAwards } from '../api/comparison';
import { useSession } from '../session/session';
import { ErrorAlert } from './error-alert';
import { useAction } from './use-action';

/** Whether `quoteId` prices at least one break of the line (a declined line cannot be awarded to it). */
const quotes = (line: ComparisonLine, quoteId: string) => line.breaks.some((item) => item.entries.some((entry) => entry.quoteId === quoteId && entry.unitPrice !== null));

/**
 * Awards lines to one quote: which lines (the one the buyer started from preselected), an optional reason, and
 * whether to close the other lines without award. Lines already decided, or not quoted by that supplier, are
 * shown but cannot be chosen.
 */
export function AwardDialog({
  rfqId,
  entry,
  lineId,
  lines,
  awards,
  onClose,
  onAwarded,
}: {
  rfqId: string;
  entry: ComparisonEntry;
  lineId: string;
  lines: ComparisonLine[];
  awards: RfqAwards;
  onClose: () => void;
  onAwarded: (awards: RfqAwards) => void;
}) {
  const { t } = useTranslation('compare');
  const { run } = useSession();
  const action = useAction();
  const [picked, setPicked] = useState<string[]>([lineId]);
  const [reason, setReason] = useState('');
  const [closeRest, setCloseRest] = useState(false);
  const decided = new Set([...awards.awards.map((award) => award.rfqLineId), ...awards.closedUnawardedLineIds]);

  const submit = () =>
    void action.perform(async () => {
      const result = await run(() => awardLines(rfqId, { quoteId: entry.quoteId, lineIds: picked, reason: reason.trim() || undefined, closeRemainingLines: closeRest || undefined }));
      onAwarded(result);
    });

  return (
    <Modal opened onClose={onClose} title={t('dialog.title', { supplier: entry.supplier.name })} closeButtonProps={{ 'aria-label': t('dialog.cancel') }} centered size="lg">
      <Stack gap="md">
        <Checkbox.Group label={t('dialog.lines')} value={picked} onChange={setPicked} error={picked.length === 0 ? t('dialog.pickOne') : undefined}>
          <Stack gap="xs" mt="xs">
            {lines.map((line) => {
              const already = decided.has(line.rfqLineId);
              const quoted = quotes(line, entry.quoteId);
              const note = already ? t('dialog.alreadyAwarded') : !quoted ? t('dialog.notQuoted') : null;
              const label = t('lineTitle', { position: line.position + 1, part: line.partName });
              return <Checkbox key={line.rfqLineId} value={line.rfqLineId} disabled={already || !quoted} label={note ? `${label} (${note})` : label} />;
            })}
          </Stack>
        </Checkbox.Group>
        <Textarea label={t('dialog.reason')} autosize minRows={2} maxLength={1000} value={reason} onChange={(event) => setReason(event.currentTarget.value)} />
        <Checkbox label={t('dialog.closeRest')} description={t('dialog.closeRestHint')} checked={closeRest} onChange={(event) => setCloseRest(event.currentTarget.checked)} />
        <ErrorAlert error={action.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('dialog.cancel')}
          </Button>
          <Button loading={action.busy} disabled={picked.length === 0} onClick={submit}>
            {t('dialog.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
