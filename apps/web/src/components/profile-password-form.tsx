import { Button, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError, meControllerChangePassword } from '../api/api-client';
import { ErrorAlert } from './error-alert';
import { useAction } from './use-action';
import { useSession } from '../session/session';

/** The API names each reason in English; these turn them into the reader's language. */
const WEAK_REASONS: Array<[RegExp, string]> = [
  [/at least/, 'tooShort'],
  [/at most/, 'tooLong'],
  [/common/, 'common'],
  [/repeats/, 'repeated'],
  [/e-mail/, 'email'],
];

/** Change password: needs the current one; other sessions end, this one stays. */
export function ProfilePasswordForm() {
  const { t } = useTranslation(['account', 'errors']);
  const { run } = useSession();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [done, setDone] = useState(false);
  const { busy: saving, error, perform } = useAction();

  const api = error instanceof ApiRequestError ? error.error : null;
  const currentError = api?.code === 'CURRENT_PASSWORD_INCORRECT' ? t('errors:CURRENT_PASSWORD_INCORRECT') : undefined;
  const weakReasons =
    api?.code === 'WEAK_PASSWORD'
      ? [...new Set(api.details.flatMap((detail) => WEAK_REASONS.filter(([pattern]) => pattern.test(detail.message)).map(([, key]) => key)))]
      : [];
  const newError =
    api?.code === 'WEAK_PASSWORD'
      ? [t('errors:WEAK_PASSWORD'), ...(weakReasons.length > 0 ? weakReasons.map((reason) => t(`account:profile.password.weak.${reason}`)) : [t('account:profile.password.policy')])].join(' ')
      : undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    await perform(async () => {
      await run(() => meControllerChangePassword({ body: { currentPassword, newPassword } }));
      setCurrentPassword('');
      setNewPassword('');
      setDone(true);
    });
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('account:profile.password.intro')}
        </Text>
        <PasswordInput
          label={t('account:profile.password.current')}
          value={currentPassword}
          onChange={(event) => {
            setCurrentPassword(event.currentTarget.value);
            setDone(false);
          }}
          autoComplete="current-password"
          visibilityToggleButtonProps={{ 'aria-label': t('account:profile.password.toggle') }}
          required
          error={currentError}
        />
        <PasswordInput
          label={t('account:profile.password.new')}
          description={t('account:profile.password.policy')}
          value={newPassword}
          onChange={(event) => {
            setNewPassword(event.currentTarget.value);
            setDone(false);
          }}
          autoComplete="new-password"
          visibilityToggleButtonProps={{ 'aria-label': t('account:profile.password.toggle') }}
          required
          error={newError}
        />
        {!currentError && !newError && <ErrorAlert error={error} />}
        <Group>
          <Button type="submit" loading={saving} disabled={!currentPassword || !newPassword}>
            {t('account:profile.password.submit')}
          </Button>
          {done && (
            <Group gap={4} c="brand.8" role="status" wrap="nowrap">
              <IconCheck size={18} aria-hidden />
              <Text fw={600}>{t('account:profile.password.done')}</Text>
            </Group>
          )}
        </Group>
      </Stack>
    </form>
  );
}
