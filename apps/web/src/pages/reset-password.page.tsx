import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { IconCircleCheck, IconMailForward } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ApiRequestError, authControllerConfirmPasswordReset, authControllerRequestPasswordReset } from '../api/api-client';
import { AuthFrame } from '../components/auth-frame';
import { ErrorAlert, fieldError } from '../components/error-alert';
import { NewPasswordInput } from '../components/new-password-input';
import { useAction } from '../components/use-action';
import { useLinkToken } from '../components/use-link-token';
import { useSession } from '../session/session';

function BackToSignIn() {
  const { t } = useTranslation('auth');
  return (
    <Text ta="center" size="sm">
      <Anchor component={Link} to="/sign-in">
        {t('resetPassword.backToSignIn')}
      </Anchor>
    </Text>
  );
}

/** Step 1: ask for a link. The API answers the same whether or not the account exists. */
function RequestReset() {
  const { t } = useTranslation('auth');
  const { run } = useSession();
  const [email, setEmail] = useState('');
  const { busy, error, perform } = useAction();
  const [sentTo, setSentTo] = useState<string | null>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    await perform(async () => {
      await run(() => authControllerRequestPasswordReset({ body: { email: email.trim() } }));
      setSentTo(email.trim());
    });
  };

  if (sentTo) {
    return (
      <AuthFrame title={t('resetPassword.title')} footer={<BackToSignIn />}>
        <Stack gap="md">
          <Alert color="brand" variant="light" role="status" icon={<IconMailForward aria-hidden />}>
            {t('resetPassword.sent', { email: sentTo })}
          </Alert>
          <Text size="sm" c="dimmed">
            {t('resetPassword.sentHelp')}
          </Text>
          <Button variant="default" onClick={() => setSentTo(null)}>
            {t('resetPassword.tryAgain')}
          </Button>
        </Stack>
      </AuthFrame>
    );
  }

  return (
    <AuthFrame title={t('resetPassword.title')} intro={t('resetPassword.intro')} footer={<BackToSignIn />}>
      <form onSubmit={submit}>
        <Stack gap="md">
          <TextInput
            label={t('fields.email')}
            type="email"
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
            autoComplete="email"
            required
            error={fieldError(error, 'email')}
          />
          <ErrorAlert error={error} />
          <Button type="submit" loading={busy} fullWidth>
            {t('resetPassword.submit')}
          </Button>
        </Stack>
      </form>
    </AuthFrame>
  );
}

/** Step 2, from the e-mailed link: choose the new password. Every session of the account ends. */
function ChooseNewPassword({ token }: { token: string }) {
  const { t } = useTranslation('auth');
  const { status, run, reloadMe, signOut } = useSession();
  const [password, setPassword] = useState('');
  const { busy, error, perform } = useAction();
  const [done, setDone] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    await perform(async () => {
      await run(() => authControllerConfirmPasswordReset({ body: { token, newPassword: password } }));
      // If this browser was signed in to that account, its session just ended: forget it here too.
      if (status === 'signed-in') await reloadMe().catch(() => signOut());
      setDone(true);
    });
  };

  if (done) {
    return (
      <AuthFrame title={t('resetPassword.chooseTitle')}>
        <Stack gap="md">
          <Alert color="brand" variant="light" role="status" icon={<IconCircleCheck aria-hidden />}>
            {t('resetPassword.done')}
          </Alert>
          <Button component={Link} to="/sign-in" fullWidth>
            {t('resetPassword.signIn')}
          </Button>
        </Stack>
      </AuthFrame>
    );
  }

  const code = error instanceof ApiRequestError ? error.error.code : null;
  const linkProblem = code === 'TOKEN_EXPIRED' || code === 'TOKEN_INVALID';

  return (
    <AuthFrame title={t('resetPassword.chooseTitle')} intro={t('resetPassword.chooseIntro')} footer={<BackToSignIn />}>
      <form onSubmit={submit}>
        <Stack gap="md">
          <NewPasswordInput label={t('fields.newPassword')} value={password} onChange={setPassword} error={fieldError(error, 'newPassword')} />
          <ErrorAlert error={error} />
          {linkProblem ? (
            // The link will not work again: the way forward is a new one.
            <Stack gap="xs">
              <Text size="sm">{t('resetPassword.linkHelp')}</Text>
              <Button component={Link} to="/reset-password" fullWidth>
                {t('resetPassword.requestNew')}
              </Button>
            </Stack>
          ) : (
            <Button type="submit" loading={busy} fullWidth>
              {t('resetPassword.save')}
            </Button>
          )}
        </Stack>
      </form>
    </AuthFrame>
  );
}

/** Forgotten password: without a link's token ask for a link; with it, choose the new password. */
export function ResetPasswordPage() {
  const token = useLinkToken();
  return token ? <ChooseNewPassword key={token} token={token} /> : <RequestReset />;
}
