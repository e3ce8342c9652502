import { Button, Card, Group, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DECLINE_REASONS, declineInvitation, type DeclineReason } from '../api/opportunities';
import { useSession } from '../session/session';
import { ErrorAlert, fieldError } from './error-alert';
import { useAction } from './use-action';

/** Decline an invitation with a reason the buyer sees counted (and a note, needed for "other"). */
export function OpportunityDecline({ invitationId, onDeclined }: { invitationId: string; onDeclined: () => Promise<void> }) {
  const { t } = useTranslation('opportunities');
  const { run } = useSession();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState<DeclineReason | null>(null);
  const [note, setNote] = useState('');
  const [noteMissing, setNoteMissing] = useState(false);
  const decline = useAction();

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="rfq-decline">
      <Stack gap="sm">
        <Title order={2} size="h3" id="rfq-decline">
          {t('decline.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('decline.intro')}
        </Text>
        {!open ? (
          <Group>
            <Button variant="outline" color="red.9" leftSection={<IconX size={16} aria-hidden />} onClick={() => setOpen(true)}>
              {t('decline.open')}
            </Button>
          </Group>
        ) : (
          <Stack
            gap="sm"
            component="form"
            onSubmit={(event) => {
              event.preventDefault();
              if (!reason) return;
              if (reason === 'other' && !note.trim()) {
                setNoteMissing(true);
                return;
              }
              void decline.perform(async () => {
                await run(() => declineInvitation(invitationId, reason, note.trim() || undefined));
                await onDeclined();
              });
            }}
          >
            <Radio.Group label={t('decline.reason')} value={reason} onChange={(value) => setReason(DECLINE_REASONS.find((item) => item === value) ?? null)} required error={fieldError(decline.error, 'reason')}>
              <Stack gap={8} mt={6}>
                {DECLINE_REASONS.map((item) => (
                  <Radio key={item} value={item} label={t(`decline.reasons.${item}`)} />
                ))}
              </Stack>
            </Radio.Group>
            <Textarea
              label={t('decline.note')}
              description={t('decline.noteHelp')}
              value={note}
              onChange={(event) => {
                setNote(event.currentTarget.value);
                setNoteMissing(false);
              }}
              maxLength={2000}
              autosize
              minRows={2}
              required={reason === 'other'}
              error={noteMissing ? t('decline.noteRequired') : fieldError(decline.error, 'note')}
            />
            <ErrorAlert error={decline.error} />
            <Group>
              <Button type="submit" color="red.9" loading={decline.busy} disabled={!reason}>
                {t('decline.submit')}
              </Button>
              <Button variant="subtle" onClick={() => setOpen(false)}>
                {t('decline.cancel')}
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
