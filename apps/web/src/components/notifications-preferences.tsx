import { Center, Group, Loader, Paper, Radio, Stack, Text, Button } from '@mantine/core';
import { IconCheck, IconLock } from '@tabler/icons-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notificationsControllerListPreferences, notificationsControllerSetPreference, type NotificationPreferenceResponse } from '../api/api-client';
import { useSession } from '../session/session';
import { ErrorAlert } from './error-alert';
import { TYPE_KEYS } from './notification-type-labels';

type Delivery = NotificationPreferenceResponse['delivery'];

const DELIVERIES: Delivery[] = ['in_app', 'email', 'digest'];

/** Per notice type: in Puente only, also by e-mail right away, or also in a daily digest. Security notices are locked. */
export function NotificationsPreferences() {
  const { t } = useTranslation('notifications');
  const { run } = useSession();
  const [preferences, setPreferences] = useState<NotificationPreferenceResponse[] | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [saving, setSaving] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<{ type: string; error: unknown } | null>(null);
  const latest = useRef(0);

  const load = useCallback(async () => {
    setLoadError(null);
    try {
      const result = await run(() => notificationsControllerListPreferences());
      setPreferences(result.data);
    } catch (caught) {
      setLoadError(caught);
    }
  }, [run]);

  useEffect(() => {
    void load();
  }, [load]);

  const choose = async (type: string, delivery: Delivery) => {
    // Shown at once; when choices follow quickly (arrow keys), only the last answer is applied.
    const request = ++latest.current;
    setPreferences((current) => current?.map((preference) => (preference.type === type ? { ...preference, delivery } : preference)) ?? null);
    setSaving(type);
    setSaved(null);
    setSaveError(null);
    try {
      const result = await run(() => notificationsControllerSetPreference({ path: { type }, body: { delivery } }));
      if (request !== latest.current) return;
      setPreferences(result.data);
      setSaved(type);
    } catch (caught) {
      if (request !== latest.current) return;
      setSaveError({ type, error: caught });
      void load();
    } finally {
      if (request === latest.current) setSaving(null);
    }
  };

  if (preferences === null) {
    return loadError ? (
      <Stack align="flex-start">
        <ErrorAlert error={loadError} />
        <Button variant="light" onClick={() => void load()}>
          {t('preferences.retry')}
        </Button>
      </Stack>
    ) : (
      <Center h={160}>
        <Loader aria-label={t('preferences.loading')} />
      </Center>
    );
  }

  if (preferences.length === 0) {
    return <Text c="dimmed">{t('preferences.empty')}</Text>;
  }

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('preferences.intro')}
      </Text>
      {preferences.map((preference) => {
        const key = TYPE_KEYS[preference.type];
        const label = key ? t(`preferences.types.${key}`) : preference.type;
        const options = preference.locked ? [preference.delivery] : DELIVERIES.filter((delivery) => preference.choices.includes(delivery));
        return (
          <Paper key={preference.type} withBorder p="md" data-testid={`preference-${preference.type}`}>
            <Radio.Group
              label={
                <Group gap={6} component="span">
                  {preference.locked && <IconLock size={16} aria-hidden />}
                  <span>{label}</span>
                </Group>
              }
              description={preference.locked ? t('preferences.locked') : undefined}
              value={preference.delivery}
              onChange={(value) => {
                if (value === 'in_app' || value === 'email' || value === 'digest') void choose(preference.type, value);
              }}
              disabled={preference.locked}
            >
              <Stack gap="xs" mt="xs">
                {options.map((delivery) => (
                  <Radio key={delivery} value={delivery} label={t(`preferences.delivery.${delivery}.label`)} description={t(`preferences.delivery.${delivery}.description`)} />
                ))}
              </Stack>
            </Radio.Group>
            {saving === preference.type && (
              <Group gap={6} mt="xs">
                <Loader size="xs" aria-hidden />
                <Text size="sm">{t('preferences.saving')}</Text>
              </Group>
            )}
            {saved === preference.type && (
              <Group gap={4} mt="xs" c="brand.8" role="status">
                <IconCheck size={16} aria-hidden />
                <Text size="sm" fw={600}>
                  {t('preferences.saved')}
                </Text>
              </Group>
            )}
            {saveError?.type === preference.type && (
              <Stack mt="xs">
                <ErrorAlert error={saveError.error} />
              </Stack>
            )}
          </Paper>
        );
      })}
    </Stack>
  );
}
