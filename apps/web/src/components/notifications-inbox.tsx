import { Badge, Button, Center, Group, Loader, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconChecks, IconMoodCheck } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { notificationsControllerList, notificationsControllerRead, notificationsControllerReadAll, type NotificationResponse } from '../api/api-client';
import { unreadCountChanged } from './unread-badge';
import { formatDateTime } from '../i18n/format';
import { useSession } from '../session/session';
import { ErrorAlert } from './error-alert';

const PAGE_SIZE = 20;

/** A link into this app (a path, or an absolute URL on this origin) as a router path; anything else is not followed. */
export function notificationsSameOriginPath(link: string): string | null {
  if (!link) return null;
  try {
    const url = new URL(link, window.location.origin);
    if (url.origin !== window.location.origin) return null;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return null;
  }
}

/** The caller's notices, unread first as the API returns them, with read marks and paging. */
export function NotificationsInbox({ onShowPreferences }: { onShowPreferences: () => void }) {
  const { t } = useTranslation('notifications');
  const { me, run } = useSession();
  const [items, setItems] = useState<NotificationResponse[] | null>(null);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);

  const load = useCallback(
    async (cursor: string | null) => {
      setLoadError(null);
      if (cursor) setLoadingMore(true);
      try {
        const page = await run(() => notificationsControllerList({ query: { limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) } }));
        // Marking read reorders the list on the server; never show a notice twice.
        setItems((current) => {
          const base = cursor ? (current ?? []) : [];
          const seen = new Set(base.map((item) => item.id));
          return [...base, ...page.data.filter((item) => !seen.has(item.id))];
        });
        setNextCursor(page.nextCursor);
      } catch (caught) {
        setLoadError(caught);
      } finally {
        setLoadingMore(false);
      }
    },
    [run],
  );

  useEffect(() => {
    void load(null);
  }, [load]);

  const markRead = async (item: NotificationResponse) => {
    setBusy(item.id);
    setActionError(null);
    try {
      await run(() => notificationsControllerRead({ path: { notificationId: item.id } }));
      unreadCountChanged();
      const readAt = new Date().toISOString();
      setItems((current) => current?.map((candidate) => (candidate.id === item.id ? { ...candidate, readAt: candidate.readAt ?? readAt } : candidate)) ?? null);
    } catch (caught) {
      setActionError(caught);
    } finally {
      setBusy(null);
    }
  };

  const markAllRead = async () => {
    setBusy('all');
    setActionError(null);
    try {
      await run(() => notificationsControllerReadAll());
      unreadCountChanged();
      const readAt = new Date().toISOString();
      setItems((current) => current?.map((candidate) => ({ ...candidate, readAt: candidate.readAt ?? readAt })) ?? null);
    } catch (caught) {
      setActionError(caught);
    } finally {
      setBusy(null);
    }
  };

  if (items === null) {
    return loadError ? (
      <Stack align="flex-start">
        <ErrorAlert error={loadError} />
        <Button variant="light" onClick={() => void load(null)}>
          {t('inbox.retry')}
        </Button>
      </Stack>
    ) : (
      <Center h={160}>
        <Loader aria-label={t('inbox.loading')} />
      </Center>
    );
  }

  if (items.length === 0) {
    return (
      <Paper withBorder p="xl" data-testid="notifications-empty">
        <Stack align="center" gap="sm" ta="center">
          <ThemeIcon size={48} radius="xl" variant="light" aria-hidden>
            <IconMoodCheck size={28} />
          </ThemeIcon>
          <Title order={2} size="h3">
            {t('inbox.empty.title')}
          </Title>
          <Text c="dimmed" maw={520}>
            {t('inbox.empty.body')}
          </Text>
          <Button variant="light" onClick={onShowPreferences}>
            {t('inbox.empty.preferences')}
          </Button>
        </Stack>
      </Paper>
    );
  }

  const unread = items.filter((item) => item.readAt === null).length;
  const timeZone = me?.user.timeZone;

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Text size="sm" c="dimmed" role="status">
          {unread === 0 ? t('inbox.noneUnread') : t('inbox.unread', { count: unread })}
        </Text>
        {unread > 0 && (
          <Button variant="light" size="sm" leftSection={<IconChecks size={16} aria-hidden />} loading={busy === 'all'} disabled={busy !== null && busy !== 'all'} onClick={() => void markAllRead()}>
            {t('inbox.markAllRead')}
          </Button>
        )}
      </Group>
      <ErrorAlert error={actionError} />
      <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {items.map((item) => {
          const isUnread = item.readAt === null;
          const path = notificationsSameOriginPath(item.link);
          return (
            <Paper
              key={item.id}
              component="li"
              withBorder
              p="md"
              data-testid={`notification-${item.id}`}
              data-unread={isUnread || undefined}
              style={isUnread ? { borderLeft: '4px solid var(--mantine-color-teal-7)' } : undefined}
            >
              <Stack gap={6}>
                <Group justify="space-between" align="flex-start" wrap="nowrap">
                  <Group gap="xs" align="center">
                    <Title order={2} size="h5" fw={isUnread ? 800 : 600}>
                      {item.title}
                    </Title>
                    {isUnread && (
                      <Badge size="sm" color="brand" variant="filled">
                        {t('inbox.unreadBadge')}
                      </Badge>
                    )}
                  </Group>
                  <Text size="xs" c="dimmed" component="time" dateTime={item.createdAt} style={{ whiteSpace: 'nowrap' }}>
                    {formatDateTime(item.createdAt, timeZone)}
                  </Text>
                </Group>
                <Text size="sm">{item.body}</Text>
                {(path || isUnread) && (
                  <Group gap="xs" mt={4}>
                    {path && (
                      <Button
                        component={Link}
                        to={path}
                        size="xs"
                        variant="light"
                        aria-label={t('inbox.openAria', { title: item.title })}
                        onClick={() => {
                          if (isUnread) void run(() => notificationsControllerRead({ path: { notificationId: item.id } })).then(unreadCountChanged, () => undefined);
                        }}
                      >
                        {t('inbox.open')}
                      </Button>
                    )}
                    {isUnread && (
                      <Button
                        size="xs"
                        variant="subtle"
                        loading={busy === item.id}
                        disabled={busy !== null && busy !== item.id}
                        onClick={() => void markRead(item)}
                        aria-label={t('inbox.markReadAria', { title: item.title })}
                      >
                        {t('inbox.markRead')}
                      </Button>
                    )}
                  </Group>
                )}
              </Stack>
            </Paper>
          );
        })}
      </Stack>
      {loadError !== null && <ErrorAlert error={loadError} />}
      {nextCursor ? (
        <Group justify="center">
          <Button variant="default" loading={loadingMore} onClick={() => void load(nextCursor)}>
            {t('inbox.loadMore')}
          </Button>
        </Group>
      ) : (
        <Text size="sm" c="dimmed" ta="center">
          {t('inbox.end')}
        </Text>
      )}
    </Stack>
  );
}
