import { Alert, Button, Center, Container, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconMailForward } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ApiRequestError, authControllerResendVerification, authControllerVerifyEmail } from '../api/api-client';
import { ErrorAlert } from '../components/error-alert';
import { useAction } from '../components/use-action';
import { useLinkToken } from '../components/use-link-token';
import { useSession } from '../session/session';

type Outcome = { state: 'verifying' } | { state: 'verified' } | { state: 'failed'; error: unknown };

function errorCode(error: unknown): string | null {
  return error instanceof ApiRequestError ? error.error.code : null;
}

/** Asks for a new verification link when signed in; otherwise explains how to get one. */
function NewLink() {
  const { t } = useTranslation('auth');
  const { status, me, run } = useSession();
  const [sent, setSent] = useState(false);
  const { busy, error, perform } = useAction();

  if (status === 'loading') return null;
  if (status === 'signed-out') {
    return (
      <Stack gap="sm">
        <Text size="sm">{t('verifyEmail.signInToResend')}</Text>
        <Button component={Link} to={`/sign-in?next=${encodeURIComponent('/verify-email')}`} variant="light">
          {t('verifyEmail.signIn')}
        </Button>
      </Stack>
    );
  }
  if (me?.user.emailVerified) {
    return (
      <Stack gap="sm">
        <Text size="sm">{t('verifyEmail.alreadyVerified')}</Text>
        <Button component={Link} to="/home">
          {t('verifyEmail.goHome')}
        </Button>
      </Stack>
    );
  }
  if (sent) {
    return (
      <Alert color="brand" variant="light" role="status" icon={<IconMailForward aria-hidden />}>
        {t('verifyEmail.resent', { email: me?.user.email ?? '' })}
      </Alert>
    );
  }

  const resend = async () => {
    await perform(async () => {
      await run(() => authControllerResendVerification());
      setSent(true);
    });
  };

  return (
    <Stack gap="sm">
      <ErrorAlert error={error} />
      <Button onClick={() => void resend()} loading={busy} variant="light">
        {t('verifyEmail.resend')}
      </Button>
    </Stack>
  );
}

/** Opens the link from the verification e-mail: confirms the address once, then says what is next. */
export function VerifyEmailPage() {
  const { t } = useTranslation('auth');
  const { t: tc } = useTranslation('common');
  const { status, run, reloadMe } = useSession();
  const token = useLinkToken();
  const [outcome, setOutcome] = useState<Outcome>({ state: 'verifying' });
  const [attempt, setAttempt] = useState(0);
  // One request per token and attempt, even when React StrictMode runs effects twice.
  const requested = useRef<string | null>(null);
  const reloaded = useRef(false);

  useEffect(() => {
    if (!token) return;
    const key = `${attempt}:${token}`;
    if (requested.current === key) return;
    requested.current = key;
    setOutcome({ state: 'verifying' });
    run(() => authControllerVerifyEmail({ body: { token } })).then(
      () => setOutcome({ state: 'verified' }),
      (error: unknown) => setOutcome({ state: 'failed', error }),
    );
  }, [token, attempt, run]);

  // A signed-in reader's profile now says "verified" (also when the session finished loading later).
  useEffect(() => {
    if (outcome.state !== 'verified' || status !== 'signed-in' || reloaded.current) return;
    reloaded.current = true;
    reloadMe().catch(() => undefined);
  }, [outcome.state, status, reloadMe]);

  let body;
  if (!token) {
    body = (
      <Stack gap="md">
        <Text>{t('verifyEmail.noToken')}</Text>
        <NewLink />
      </Stack>
    );
  } else if (outcome.state === 'verifying') {
    body = (
      <Center py="md">
        <Stack align="center" gap="sm">
          <Loader aria-hidden />
          <Text role="status">{t('verifyEmail.verifying')}</Text>
        </Stack>
      </Center>
    );
  } else if (outcome.state === 'verified') {
    const signedIn = status === 'signed-in';
    body = (
      <Stack gap="md">
        <Alert color="brand" variant="light" role="status" icon={<IconCircleCheck aria-hidden />} title={t('verifyEmail.success')}>
          {t('verifyEmail.successBody')}
        </Alert>
        <Button component={Link} to={signedIn ? '/home' : '/sign-in'} fullWidth>
          {signedIn ? t('verifyEmail.goHome') : t('verifyEmail.signIn')}
        </Button>
      </Stack>
    );
  } else {
    const code = errorCode(outcome.error);
    const tokenProblem = code === 'TOKEN_EXPIRED' || code === 'TOKEN_INVALID';
    body = (
      <Stack gap="md">
        <ErrorAlert error={outcome.error} />
        {code === 'TOKEN_EXPIRED' && <Text size="sm">{t('verifyEmail.expiredHelp')}</Text>}
        {code === 'TOKEN_INVALID' && <Text size="sm">{t('verifyEmail.invalidHelp')}</Text>}
        {tokenProblem ? (
          <NewLink />
        ) : (
          <Button onClick={() => setAttempt((value) => value + 1)} variant="light">
            {tc('actions.retry')}
          </Button>
        )}
      </Stack>
    );
  }

  return (
    <Container size="xs" px={0} py="xl">
      <Stack gap="lg">
        <Title order={1} ta="center">
          {t('verifyEmail.title')}
        </Title>
        <Paper withBorder p={{ base: 'lg', sm: 'xl' }} radius="md">
          {body}
        </Paper>
      </Stack>
    </Container>
  );
}
