import { Anchor, Button, Group, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { AuthFrame } from '../components/auth-frame';
import { ErrorAlert, fieldError } from '../components/error-alert';
import { useSession } from '../session/session';

/** Where to go after signing in: a path inside the app only (never another origin). */
function destination(next: string | null): string {
  if (next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\')) return next;
  return '/home';
}

/** Sign-in with e-mail and password; then back to `?next=` (a path) or the home page. */
export function SignInPage() {
  const { t } = useTranslation('auth');
  const { status, signIn } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const target = destination(params.get('next'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  // Already signed in (and not in the middle of signing in here): nothing to do on this page.
  if (status === 'signed-in' && !busy) return <Navigate to={target} replace />;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(email.trim(), password);
      navigate(target, { replace: true });
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  };

  return (
    <AuthFrame
      title={t('signIn.title')}
      intro={t('signIn.subtitle')}
      footer={
        <Text ta="center" size="sm">
          {t('signIn.noAccount')}{' '}
          <Anchor component={Link} to="/sign-up">
            {t('signIn.createAccount')}
          </Anchor>
        </Text>
      }
    >
      <form onSubmit={submit}>
        <Stack gap="md">
          <TextInput
            label={t('fields.email')}
            type="email"
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
            autoComplete="username"
            required
            error={fieldError(error, 'email')}
          />
          <Stack gap={6}>
            <PasswordInput
              visibilityToggleButtonProps={{ 'aria-label': t('fields.showPassword') }}
              label={t('fields.password')}
              value={password}
              onChange={(event) => setPassword(event.currentTarget.value)}
              autoComplete="current-password"
              required
              error={fieldError(error, 'password')}
            />
            <Group justify="flex-end">
              <Anchor component={Link} to="/reset-password" size="sm">
                {t('signIn.forgotPassword')}
              </Anchor>
            </Group>
          </Stack>
          <ErrorAlert error={error} />
          <Button type="submit" loading={busy} fullWidth>
            {t('signIn.submit')}
          </Button>
        </Stack>
      </form>
    </AuthFrame>
  );
}
