import { Anchor, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ApiRequestError, teamControllerInvite, type InvitationResponse } from '../api/api-client';
import { useSession } from '../session/session';
import { ErrorAlert, fieldError } from './error-alert';
import type { TeamRole } from './team-members';
import { useAction } from './use-action';

/** Owners invite a colleague by e-mail; the link lasts 7 days. Needs a verified e-mail. */
export function TeamInviteForm({ onInvited }: { onInvited: (invitation: InvitationResponse) => void }) {
  const { t } = useTranslation(['team', 'errors']);
  const { me, run } = useSession();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<TeamRole>('member');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { busy: sending, error, perform, setError } = useAction();
  const verified = me?.user.emailVerified ?? false;

  const api = error instanceof ApiRequestError ? error.error : null;
  const emailError =
    api?.code === 'ALREADY_MEMBER' ? t('errors:ALREADY_MEMBER') : fieldError(error, 'email') ? t('team:invite.emailInvalid') : undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSentTo(null);
    await perform(async () => {
      const invitation = await run(() => teamControllerInvite({ body: { email: email.trim(), role } }));
      onInvited(invitation);
      setSentTo(invitation.email);
      setEmail('');
      setRole('member');
    });
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="sm">
        {!verified && (
          <Text size="sm" c="orange.9" data-testid="invite-needs-verification">
            {t('team:invite.needsVerification')}{' '}
            <Anchor component={Link} to="/home" size="sm">
              {t('team:invite.needsVerificationLink')}
            </Anchor>
          </Text>
        )}
        <Group align="flex-start" gap="sm" wrap="wrap">
          <TextInput
            label={t('team:invite.email')}
            type="email"
            value={email}
            onChange={(event) => {
              setEmail(event.currentTarget.value);
              setSentTo(null);
              setError(null);
            }}
            required
            maxLength={254}
            autoComplete="off"
            error={emailError}
            disabled={!verified}
            style={{ flex: '1 1 240px' }}
          />
          <Select
            label={t('team:invite.role')}
            data={[
              { value: 'member', label: t('team:roles.member') },
              { value: 'owner', label: t('team:roles.owner') },
            ]}
            value={role}
            onChange={(value) => {
              if (value === 'owner' || value === 'member') setRole(value);
            }}
            allowDeselect={false}
            disabled={!verified}
            w={160}
          />
        </Group>
        <Text size="xs" c="dimmed">
          {t('team:invite.help')}
        </Text>
        {!emailError && <ErrorAlert error={error} />}
        <Group>
          <Button type="submit" loading={sending} disabled={!verified || email.trim().length === 0}>
            {t('team:invite.submit')}
          </Button>
          {sentTo && (
            <Group gap={4} c="brand.8" role="status" wrap="nowrap">
              <IconCheck size={18} aria-hidden />
              <Text fw={600} size="sm">
                {t('team:invite.sent', { email: sentTo })}
              </Text>
            </Group>
          )}
        </Group>
      </Stack>
    </form>
  );
}
