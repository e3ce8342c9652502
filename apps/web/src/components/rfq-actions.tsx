import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { IconBan, IconEdit, IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { cancelRfq, closeRfq, type Rfq } from '../api/rfqs';
import { useSession } from '../session/session';
import { ErrorAlert } from './error-alert';
import { useAction } from './use-action';

type Confirming = 'close' | 'cancel' | null;

/** What the buyer may do with the RFQ in its state: edit or amend, close early, cancel; the last two confirmed first. */
export function RfqActions({ rfq, onChanged }: { rfq: Rfq; onChanged: (rfq: Rfq) => void }) {
  const { t } = useTranslation('rfqs');
  const { run } = useSession();
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [reason, setReason] = useState('');
  const action = useAction();
  const editable = rfq.state === 'draft' || rfq.state === 'open';
  const cancellable = rfq.state === 'draft' || rfq.state === 'open' || rfq.state === 'closed';
  if (!editable && !cancellable) return null;

  const confirm = async () => {
    const ok = await action.perform(async () => {
      const changed = confirming === 'close' ? await run(() => closeRfq(rfq.id)) : await run(() => cancelRfq(rfq.id, reason.trim() || undefined));
      onChanged(changed);
    });
    if (ok) setConfirming(null);
  };

  return (
    <>
      <Group gap="sm">
        {editable && (
          <Button component={Link} to={`/rfqs/${rfq.id}/edit`} leftSection={<IconEdit size={16} aria-hidden />}>
            {rfq.state === 'open' ? t('actions.amend') : t('actions.edit')}
          </Button>
        )}
        {rfq.state === 'open' && (
          <Button variant="default" leftSection={<IconLock size={16} aria-hidden />} onClick={() => setConfirming('close')}>
            {t('actions.close')}
          </Button>
        )}
        {cancellable && (
          <Button variant="outline" color="red.9" leftSection={<IconBan size={16} aria-hidden />} onClick={() => setConfirming('cancel')}>
            {t('actions.cancel')}
          </Button>
        )}
      </Group>
      <Modal opened={confirming !== null} onClose={() => setConfirming(null)} title={confirming === 'close' ? t('actions.closeTitle') : t('actions.cancelTitle')} closeButtonProps={{ 'aria-label': t('actions.keep') }} centered>
        <Stack gap="sm">
          <Text>{confirming === 'close' ? t('actions.closeConfirm') : t('actions.cancelConfirm')}</Text>
          {confirming === 'cancel' && <Textarea label={t('actions.cancelReason')} autosize minRows={2} maxLength={1000} value={reason} onChange={(event) => setReason(event.currentTarget.value)} />}
          <ErrorAlert error={action.error} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setConfirming(null)}>
              {t('actions.keep')}
            </Button>
            <Button color={confirming === 'cancel' ? 'red.9' : undefined} loading={action.busy} onClick={() => void confirm()}>
              {confirming === 'close' ? t('actions.closeYes') : t('actions.cancelYes')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
