import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import {
  ApiRequestError,
  authControllerRefresh,
  authControllerSignIn,
  authControllerSignOut,
  call,
  configureApiClient,
  meControllerGet,
  type AccountResponse,
  type ApiResult,
  type ResponseData,
  type SessionResponse,
} from '../api/api-client';
import { currentLanguage, rememberLanguage } from '../i18n/i18n';

/** The signed-in user, their organization and role, as GET /me answers. */
export type Me = AccountResponse;

/** Runs an API call; on a 401 it refreshes the session once and retries. */
/** Runs a generated call; the answer has the type the API declares for the route (every route declares one). */
export type Run = <R extends ApiResult>(request: () => Promise<R>) => Promise<ResponseData<R>>;

export interface Session {
  status: 'loading' | 'signed-out' | 'signed-in';
  me: Me | null;
  signIn: (email: string, password: string) => Promise<void>;
  signOut: () => Promise<void>;
  /** Re-reads the profile (after a change). */
  reloadMe: () => Promise<void>;
  run: Run;
  /** The in-memory access token, for the one request the generated client cannot make (an upload with progress). */
  accessToken: () => string | null;
}

const SessionContext = createContext<Session | null>(null);

function csrfFromCookie(): string | null {
  return /(?:^|; )puente_csrf=([^;]+)/.exec(document.cookie)?.[1] ?? null;
}

/**
 * Every tab of the app shares one refresh cookie, and the API rotates it on each use and treats a second
 * use of the old one as theft (it ends the session). So refreshes are serialized across tabs with the Web
 * Locks API: a tab waiting for the lock then sends the cookie the other tab's refresh left behind.
 */
function acrossTabs<T>(work: () => Promise<T>): Promise<T> {
  if (typeof navigator === 'undefined' || !('locks' in navigator)) return work();
  return navigator.locks.request('puente-session-refresh', work);
}

/**
 * The access token lives only in memory; the refresh token is an httpOnly cookie the page never
 * sees. On load and shortly before the access token expires, the session refreshes silently.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<Session['status']>('loading');
  const [me, setMe] = useState<Me | null>(null);
  const accessToken = useRef<string | null>(null);
  const refreshTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const refreshing = useRef<Promise<boolean> | null>(null);

  const adopt = useCallback((session: SessionResponse) => {
    accessToken.current = session.accessToken;
    clearTimeout(refreshTimer.current);
    const refreshInMs = Math.max(10_000, new Date(session.accessTokenExpiresAt).getTime() - Date.now() - 60_000);
    refreshTimer.current = setTimeout(() => void refresh(), refreshInMs);
  }, []);

  const refresh = useCallback(async (): Promise<boolean> => {
    refreshing.current ??= acrossTabs(async () => {
      // Read inside the lock: another tab may just have rotated the refresh cookie and the CSRF token.
      const csrf = csrfFromCookie();
      if (!csrf) return false;
      const result = await authControllerRefresh({ body: {}, headers: { 'x-csrf-token': csrf } });
      if (!result.response.ok || !result.data) return false;
      adopt(result.data);
      return true;
    }).finally(() => {
      refreshing.current = null;
    });
    return refreshing.current;
  }, [adopt]);

  const loadMe = useCallback(async () => {
    const result = await meControllerGet();
    if (!result.response.ok || !result.data) throw new Error('could not load the profile');
    const profile = result.data;
    setMe(profile);
    setStatus('signed-in');
    // The saved preference wins over the browser's language once we know it.
    if (profile.user.language !== currentLanguage()) rememberLanguage(profile.user.language);
  }, []);

  useEffect(() => {
    configureApiClient({ accessToken: () => accessToken.current, refresh, language: currentLanguage });
    void (async () => {
      if (await refresh()) await loadMe().catch(() => setStatus('signed-out'));
      else setStatus('signed-out');
    })();
    return () => clearTimeout(refreshTimer.current);
  }, [refresh, loadMe]);

  const run = useCallback<Run>(
    async (request) => {
      try {
        return await call(request());
      } catch (error) {
        if (!(error instanceof ApiRequestError) || error.status !== 401 || !(await refresh())) throw error;
        return call(request());
      }
    },
    [refresh],
  );

  const session = useMemo<Session>(
    () => ({
      status,
      me,
      run,
      accessToken: () => accessToken.current,
      reloadMe: loadMe,
      signIn: async (email, password) => {
        const session = await call(authControllerSignIn({ body: { email, password, client: 'browser' } }));
        adopt(session);
        await loadMe();
      },
      signOut: async () => {
        await authControllerSignOut({ body: {} }).catch(() => undefined);
        accessToken.current = null;
        clearTimeout(refreshTimer.current);
        setMe(null);
        setStatus('signed-out');
      },
    }),
    [status, me, run, loadMe, adopt],
  );

  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
