import { type ComponentChildren, createContext } from 'preact';
import { useCallback, useContext, useEffect, useMemo, useState } from 'preact/hooks';
import { api, onSignedOut, setCsrfToken } from '../api/client.ts';
import { ApiError } from '../api/problem.ts';
import type { SessionInfo, SessionUser } from '../api/types.ts';

export type SessionValue = {
  /** undefined while the first check runs; null when nobody is fully signed in. */
  user: SessionUser | null | undefined;
  /** The whole session, including half-signed-in states (code needed, 2FA enrolment needed). */
  session: SessionInfo | null | undefined;
  /** Asks the API who is signed in. */
  refresh: () => Promise<SessionInfo | null>;
  /** Takes a session the API just returned (sign-in, code, set-up, enrolment). */
  accept: (session: SessionInfo) => void;
  signOut: (everywhere: boolean) => Promise<void>;
};

const SessionContext = createContext<SessionValue | null>(null);

/** Holds who is signed in. Nothing is kept on the device: the session is an HttpOnly cookie. */
export function SessionProvider({ children }: { children?: ComponentChildren }) {
  const [session, setSession] = useState<SessionInfo | null | undefined>(undefined);

  const accept = useCallback((s: SessionInfo) => {
    setCsrfToken(s.csrfToken);
    setSession(s);
  }, []);

  const refresh = useCallback(async () => {
    try {
      const s = await api.get<SessionInfo>('/session', { quietSignOut: true });
      setCsrfToken(s.csrfToken);
      setSession(s);
      return s;
    } catch (error) {
      if (error instanceof ApiError && (error.status === 401 || error.status === 403)) {
        setSession(null);
        return null;
      }
      throw error;
    }
  }, []);

  const signOut = useCallback(async (everywhere: boolean) => {
    try {
      await api.post(everywhere ? '/session/sign-out-everywhere' : '/session/sign-out', {});
    } finally {
      setCsrfToken(null);
      setSession(null);
    }
  }, []);

  useEffect(() => {
    void refresh().catch(() => setSession(null));
    return onSignedOut(() => {
      setCsrfToken(null);
      setSession(null);
    });
  }, [refresh]);

  const value = useMemo(() => {
    const user =
      session === undefined ? undefined : session?.state === 'signed_in' ? session.user : null;
    return { user, session, refresh, accept, signOut };
  }, [session, refresh, accept, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The session; only inside SessionProvider. */
export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession() needs <SessionProvider>');
  return value;
}
