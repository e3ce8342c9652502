import { Alert, Anchor, Button, Container, Paper, Radio, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconMailCheck } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { authControllerSignUp } from '../api/api-client';
import { AuthFrame } from '../components/auth-frame';
import { ErrorAlert, fieldError } from '../components/error-alert';
import { NewPasswordInput } from '../components/new-password-input';
import { currentLanguage } from '../i18n/i18n';
import { useAction } from '../components/use-action';
import { useSession } from '../session/session';

type Kind = 'buyer' | 'supplier';

const COUNTRIES = ['US', 'MX', 'CA'] as const;
const DEFAULT_COUNTRY: Record<Kind, string> = { buyer: 'US', supplier: 'MX' };

/** Sign-up: a buyer or supplier company and its owner; then "check your e-mail". */
export function SignUpPage() {
  const { t } = useTranslation('auth');
  const { run } = useSession();
  const [kind, setKind] = useState<Kind>('buyer');
  const [companyName, setCompanyName] = useState('');
  const [country, setCountry] = useState(DEFAULT_COUNTRY.buyer);
  const [countryChosen, setCountryChosen] = useState(false);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { busy, error, perform } = useAction();
  const [sentTo, setSentTo] = useState<string | null>(null);

  const chooseKind = (value: string) => {
    const next: Kind = value === 'supplier' ? 'supplier' : 'buyer';
    setKind(next);
    // The country follows the kind until the person picks one.
    if (!countryChosen) setCountry(DEFAULT_COUNTRY[next]);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    await perform(async () => {
      // The same answer whether the address is new or already has an account (no enumeration).
      const receipt = await run(() =>
        authControllerSignUp({
          body: {
            organization: { kind, name: companyName, country },
            user: { name, email, password, language: currentLanguage() },
          },
        }),
      );
      setSentTo(receipt.email);
    });
  };

  if (sentTo) {
    return (
      <Container size="xs" px={0} py="xl">
        <Stack gap="lg">
          <Title order={1} ta="center">
            {t('signUp.done.title')}
          </Title>
          <Paper withBorder p={{ base: 'lg', sm: 'xl' }} radius="md">
            <Stack gap="md">
              <Alert color="brand" variant="light" role="status" icon={<IconMailCheck aria-hidden />}>
                {t('signUp.done.body', { email: sentTo })}
              </Alert>
              <Text size="sm">{t('signUp.done.next')}</Text>
              <Text size="sm" c="dimmed">
                {t('signUp.done.notReceived')}
              </Text>
              <Button component={Link} to="/sign-in" fullWidth>
                {t('signUp.done.signIn')}
              </Button>
            </Stack>
          </Paper>
        </Stack>
      </Container>
    );
  }

  return (
    <AuthFrame
      title={t('signUp.title')}
      intro={t('signUp.subtitle')}
      footer={
        <Text ta="center" size="sm">
          {t('signUp.haveAccount')}{' '}
          <Anchor component={Link} to="/sign-in">
            {t('signUp.signIn')}
          </Anchor>
        </Text>
      }
    >
      <form onSubmit={submit}>
        <Stack gap="md">
          <Radio.Group label={t('signUp.kind.label')} value={kind} onChange={chooseKind} error={fieldError(error, 'organization.kind')} required>
            <Stack gap="sm" mt="xs">
              <Radio value="buyer" label={t('signUp.kind.buyer')} description={t('signUp.kind.buyerDescription')} />
              <Radio value="supplier" label={t('signUp.kind.supplier')} description={t('signUp.kind.supplierDescription')} />
            </Stack>
          </Radio.Group>
          <TextInput
            label={t('signUp.companyName')}
            value={companyName}
            onChange={(event) => setCompanyName(event.currentTarget.value)}
            autoComplete="organization"
            required
            error={fieldError(error, 'organization.name')}
          />
          <Select
            label={t('signUp.country')}
            data={COUNTRIES.map((code) => ({ value: code, label: t(`countries.${code}`) }))}
            value={country}
            onChange={(value) => {
              if (!value) return;
              setCountry(value);
              setCountryChosen(true);
            }}
            allowDeselect={false}
            required
            error={fieldError(error, 'organization.country')}
          />
          <TextInput
            label={t('fields.yourName')}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            autoComplete="name"
            required
            error={fieldError(error, 'user.name')}
          />
          <TextInput
            label={t('fields.workEmail')}
            type="email"
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
            autoComplete="email"
            required
            error={fieldError(error, 'user.email')}
          />
          <NewPasswordInput label={t('fields.password')} value={password} onChange={setPassword} error={fieldError(error, 'user.password')} />
          <ErrorAlert error={error} />
          <Button type="submit" loading={busy} fullWidth mt="xs">
            {t('signUp.submit')}
          </Button>
        </Stack>
      </form>
    </AuthFrame>
  );
}
