import { Badge } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import { notificationsControllerUnreadCount } from '../api/api-client';
import { useSession } from '../session/session';

const UNREAD_CHANGED = 'puente:unread-changed';

/** Tells the badge to count again (after marking notices read). */
export function unreadCountChanged(): void {
  window.dispatchEvent(new Event(UNREAD_CHANGED));
}

/** The unread count beside "Notifications"; refreshed on navigation, on change and every 30 seconds. */
export function UnreadBadge() {
  const { t } = useTranslation();
  const { status, run } = useSession();
  const location = useLocation();
  const [unread, setUnread] = useState(0);
  useEffect(() => {
    if (status !== 'signed-in') return;
    const load = () =>
      run(() => notificationsControllerUnreadCount())
        .then((result) => setUnread(result.unread))
        .catch(() => undefined);
    void load();
    const timer = setInterval(load, 30_000);
    window.addEventListener(UNREAD_CHANGED, load);
    return () => {
      clearInterval(timer);
      window.removeEventListener(UNREAD_CHANGED, load);
    };
  }, [status, run, location.pathname]);
  if (unread === 0) return null;
  return (
    <Badge size="sm" color="red" variant="filled" aria-label={t('nav.unread', { count: unread })} data-testid="unread-badge">
      {unread}
    </Badge>
  );
}
