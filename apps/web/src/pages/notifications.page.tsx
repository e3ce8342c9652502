import { Stack, Tabs, Text, Title } from '@mantine/core';
import { IconBell, IconAdjustments } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { NotificationsInbox } from '../components/notifications-inbox';
import { NotificationsPreferences } from '../components/notifications-preferences';

type Tab = 'inbox' | 'preferences';

export function NotificationsPage() {
  const { t } = useTranslation('notifications');
  const [params, setParams] = useSearchParams();
  const tab: Tab = params.get('tab') === 'preferences' ? 'preferences' : 'inbox';
  const show = (next: Tab) => setParams(next === 'inbox' ? {} : { tab: next }, { replace: true });

  return (
    <Stack gap="lg" maw={880}>
      <Stack gap={4}>
        <Title order={1}>{t('title')}</Title>
        <Text c="dimmed">{t('intro')}</Text>
      </Stack>
      <Tabs value={tab} onChange={(value) => show(value === 'preferences' ? 'preferences' : 'inbox')} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="inbox" leftSection={<IconBell size={16} aria-hidden />}>
            {t('tabs.inbox')}
          </Tabs.Tab>
          <Tabs.Tab value="preferences" leftSection={<IconAdjustments size={16} aria-hidden />}>
            {t('tabs.preferences')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="inbox" pt="md">
          <NotificationsInbox onShowPreferences={() => show('preferences')} />
        </Tabs.Panel>
        <Tabs.Panel value="preferences" pt="md">
          <NotificationsPreferences />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
