import { Alert, Button, Stack, Text, TextInput } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { ApiRequestError, teamControllerAccept, type AccountResponse } from '../api/api-client';
import { AuthFrame } from '../components/auth-frame';
import { ErrorAlert, fieldError } from '../components/error-alert';
import { NewPasswordInput } from '../components/new-password-input';
import { useLinkToken } from '../components/use-link-token';
import { useSession } from '../session/session';

/** The invitation link: name and password create the account in the inviting company, then sign in. */
export function AcceptInvitationPage() {
  const { t } = useTranslation('auth');
  const { run, signIn } = useSession();
  const navigate = useNavigate();
  const token = useLinkToken();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // The account exists but signing in failed (rare): say so, and offer the sign-in page.
  const [signInError, setSignInError] = useState<unknown>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!token) return;
    setBusy(true);
    setError(null);
    let account: AccountResponse;
    try {
      account = await run(() => teamControllerAccept({ body: { token, name, password } }));
    } catch (caught) {
      setError(caught);
      setBusy(false);
      return;
    }
    try {
      await signIn(account.user.email, password);
      navigate('/home', { replace: true });
    } catch (caught) {
      setSignInError(caught);
      setBusy(false);
    }
  };

  const code = error instanceof ApiRequestError ? error.error.code : null;
  // These answers will not change on a retry: the way forward is a new invitation or signing in.
  const linkUnusable = code === 'TOKEN_INVALID' || code === 'TOKEN_EXPIRED' || code === 'EMAIL_TAKEN' || code === 'ALREADY_MEMBER';

  let body;
  if (!token) {
    body = <Text>{t('acceptInvitation.noToken')}</Text>;
  } else if (signInError) {
    body = (
      <Stack gap="md">
        <Alert color="brand" variant="light" role="status" icon={<IconCircleCheck aria-hidden />}>
          {t('acceptInvitation.signInFailed')}
        </Alert>
        <ErrorAlert error={signInError} />
        <Button component={Link} to="/sign-in" fullWidth>
          {t('acceptInvitation.signIn')}
        </Button>
      </Stack>
    );
  } else {
    body = (
      <form onSubmit={submit}>
        <Stack gap="md">
          <TextInput
            label={t('fields.yourName')}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            autoComplete="name"
            required
            error={fieldError(error, 'name')}
          />
          <NewPasswordInput label={t('fields.password')} value={password} onChange={setPassword} error={fieldError(error, 'password')} />
          <ErrorAlert error={error} />
          {(code === 'TOKEN_INVALID' || code === 'TOKEN_EXPIRED') && <Text size="sm">{t('acceptInvitation.tokenHelp')}</Text>}
          {(code === 'EMAIL_TAKEN' || code === 'ALREADY_MEMBER') && (
            <Stack gap="xs">
              <Text size="sm">{t('acceptInvitation.takenHelp')}</Text>
              <Button component={Link} to="/sign-in" variant="light">
                {t('acceptInvitation.signIn')}
              </Button>
            </Stack>
          )}
          {!linkUnusable && (
            <Button type="submit" loading={busy} fullWidth>
              {t('acceptInvitation.submit')}
            </Button>
          )}
        </Stack>
      </form>
    );
  }

  return (
    <AuthFrame title={t('acceptInvitation.title')} intro={token && !signInError ? t('acceptInvitation.intro') : undefined}>
      {body}
    </AuthFrame>
  );
}
