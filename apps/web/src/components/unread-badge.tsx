import { Badge } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import { notificationsControllerUnreadCount } from '../api/api-client';
import { useSession } from '../session/session';

/** The unread count beside "Notifications"; refreshed on navigation and every 30 seconds. */
export function UnreadBadge() {
  const { t } = useTranslation();
  const { status, run } = useSession();
  const location = useLocation();
  const [unread, setUnread] = useState(0);
  useEffect(() => {
    if (status !== 'signed-in') return;
    const load = () =>
      run<{ unread: number }>(() => notificationsControllerUnreadCount())
        .then((result) => setUnread(result.unread))
        .catch(() => undefined);
    void load();
    const timer = setInterval(load, 30_000);
    return () => clearInterval(timer);
  }, [status, run, location.pathname]);
  if (unread === 0) return null;
  return (
    <Badge size="sm" color="red" variant="filled" aria-label={t('nav.unread', { count: unread })} data-testid="unread-badge">
      {unread}
    </Badge>
  );
}
