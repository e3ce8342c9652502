import { Button, Card, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { meControllerUpdate } from '../api/api-client';
import { ErrorAlert, fieldError } from '../components/error-alert';
import { ProfilePasswordForm } from '../components/profile-password-form';
import { rememberLanguage, type Language } from '../i18n/i18n';
import { useAction } from '../components/use-action';
import { useSession } from '../session/session';

/** The zones most of our users live in; the user's current zone is always offered too. */
const COMMON_TIME_ZONES = [
  'America/Chicago',
  'America/New_York',
  'America/Los_Angeles',
  'America/Denver',
  'America/Mexico_City',
  'America/Monterrey',
  'America/Tijuana',
  'America/Hermosillo',
  'America/Cancun',
  'UTC',
];

function ProfileForm() {
  const { t } = useTranslation('account');
  const { me, run, reloadMe } = useSession();
  const [name, setName] = useState(me?.user.name ?? '');
  const [language, setLanguage] = useState<Language>(me?.user.language ?? 'en');
  const [timeZone, setTimeZone] = useState(me?.user.timeZone ?? 'UTC');
  const [saved, setSaved] = useState(false);
  const { busy: saving, error, perform, setError } = useAction();

  // The header's language switch saves the language as well: follow it rather than undo it on save.
  const savedLanguage = me?.user.language;
  useEffect(() => {
    if (savedLanguage) setLanguage(savedLanguage);
  }, [savedLanguage]);

  const zones = [...new Set([...COMMON_TIME_ZONES, ...(me ? [me.user.timeZone] : []), timeZone])];
  const errors = { name: fieldError(error, 'name'), language: fieldError(error, 'language'), timeZone: fieldError(error, 'timeZone') };
  const changed = () => {
    setSaved(false);
    setError(null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    await perform(async () => {
      await run(() => meControllerUpdate({ body: { name: name.trim(), language, timeZone } }));
      rememberLanguage(language);
      await reloadMe();
      setSaved(true);
    });
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="md">
        <TextInput label={t('profile.email.label')} value={me?.user.email ?? ''} description={t('profile.email.description')} readOnly variant="filled" />
        <TextInput
          label={t('profile.name.label')}
          value={name}
          onChange={(event) => {
            setName(event.currentTarget.value);
            changed();
          }}
          required
          maxLength={200}
          autoComplete="name"
          error={errors.name}
        />
        <Select
          label={t('profile.language.label')}
          description={t('profile.language.description')}
          data={[
            { value: 'en', label: t('profile.language.en') },
            { value: 'es', label: t('profile.language.es') },
          ]}
          value={language}
          onChange={(value) => {
            if (value === 'en' || value === 'es') setLanguage(value);
            changed();
          }}
          allowDeselect={false}
          error={errors.language}
        />
        <Select
          label={t('profile.timeZone.label')}
          description={t('profile.timeZone.description')}
          data={zones.map((zone) => ({ value: zone, label: zone.replace(/_/g, ' ') }))}
          value={timeZone}
          onChange={(value) => {
            if (value) setTimeZone(value);
            changed();
          }}
          searchable
          allowDeselect={false}
          nothingFoundMessage={t('profile.timeZone.nothingFound')}
          error={errors.timeZone}
        />
        {!errors.name && !errors.language && !errors.timeZone && <ErrorAlert error={error} />}
        <Group>
          <Button type="submit" loading={saving} disabled={name.trim().length === 0}>
            {t('profile.save')}
          </Button>
          {saved && (
            <Group gap={4} c="brand.8" role="status">
              <IconCheck size={18} aria-hidden />
              <Text fw={600}>{t('profile.saved')}</Text>
            </Group>
          )}
        </Group>
      </Stack>
    </form>
  );
}

export function ProfilePage() {
  const { t } = useTranslation('account');
  return (
    <Stack gap="lg" maw={640}>
      <Stack gap={4}>
        <Title order={1}>{t('profile.title')}</Title>
        <Text c="dimmed">{t('profile.intro')}</Text>
      </Stack>
      <Card withBorder padding="lg">
        <Title order={2} size="h3" mb="md">
          {t('profile.details')}
        </Title>
        <ProfileForm />
      </Card>
      <Card withBorder padding="lg">
        <Title order={2} size="h3" mb="xs">
          {t('profile.password.title')}
        </Title>
        <ProfilePasswordForm />
      </Card>
    </Stack>
  );
}
