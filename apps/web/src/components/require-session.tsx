import { Center, Loader } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router-dom';
import { useSession } from '../session/session';

/** Signed-in pages: wait for the silent refresh, then send strangers to sign in (and back after). */
export function RequireSession({ children, admin = false }: { children: ReactNode; admin?: boolean }) {
  const { status, me } = useSession();
  const { t } = useTranslation();
  const location = useLocation();
  if (status === 'loading') {
    return (
      <Center h={200}>
        <Loader aria-label={t('states.loading')} />
      </Center>
    );
  }
  if (status === 'signed-out') return <Navigate to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  if (admin && me?.organization.kind !== 'platform') return <Navigate to="/home" replace />;
  return <>{children}</>;
}
