import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
} from 'react';
import { api, body, renewSession } from '../api/client';
import { isProblem, NetworkError } from '../api/problem';
import { clearSessionHint, getAccessToken, hasSessionHint, onSignedInChange, setAccessToken } from '../api/token';
import type { Me, TokenPair } from './types';

interface Session {
  /**
   * `unknown` until the refresh cookie has been tried once after a (re)load (only when the
   * session hint cookie says there is one); `unavailable` when the server could not say
   * (429, 5xx, no network, after retries): the session is kept, and `error`/`retry` are for
   * the page to show and try again.
   */
  status: 'unknown' | 'signedIn' | 'signedOut' | 'unavailable';
  /** Why the session is `unavailable`. */
  error: unknown;
  /** Tries again to learn the session, after `unavailable`. */
  retry: () => void;
  me: Me | undefined;
  /** The enterprise the user acts for (their first membership). */
  organizationId: string | undefined;
  signIn: (email: string, password: string) => Promise<void>;
  startSession: (tokens: TokenPair) => void;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<Session | undefined>(undefined);

function subscribe(callback: () => void): () => void {
  return onSignedInChange(callback);
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const hasToken = useSyncExternalStore(subscribe, () => Boolean(getAccessToken()));
  // Without the hint this browser has no session: anonymous visitors never call refresh.
  const [tried, setTried] = useState(() => Boolean(getAccessToken()) || !hasSessionHint());
  const [refreshError, setRefreshError] = useState<unknown>(undefined);

  useEffect(() => {
    if (tried) return;
    void renewSession()
      .then((outcome) => setRefreshError(outcome.kind === 'unavailable' ? outcome.error : undefined))
      .finally(() => setTried(true));
  }, [tried]);

  const me = useQuery({
    queryKey: ['me'],
    queryFn: () => body<Me>(api.GET('/api/v1/me')),
    enabled: hasToken,
    staleTime: 60_000,
  });

  const startSession = useCallback(
    (tokens: TokenPair) => {
      queryClient.clear();
      setAccessToken(tokens.accessToken);
      setTried(true);
    },
    [queryClient],
  );

  const signIn = useCallback(
    async (email: string, password: string) => {
      const tokens = await body<TokenPair>(api.POST('/api/v1/auth/login', { body: { email, password } }));
      startSession(tokens);
    },
    [startSession],
  );

  const signOut = useCallback(async () => {
    try {
      await api.POST('/api/v1/auth/logout', {});
    } catch {
      // Signed out locally whatever the server said: the token is dropped below.
    }
    setAccessToken(undefined);
    clearSessionHint();
    queryClient.clear();
  }, [queryClient]);

  const refetchMe = me.refetch;
  const retry = useCallback(() => {
    if (getAccessToken()) void refetchMe();
    else {
      setRefreshError(undefined);
      setTried(false);
    }
  }, [refetchMe]);

  const value = useMemo<Session>(() => {
    // A busy or unreachable server is no verdict on the session (a 401 was already renewed or signed out).
    const meUnavailable = me.isError && isTransient(me.error);
    const status: Session['status'] = hasToken
      ? me.data
        ? 'signedIn'
        : me.isError
          ? meUnavailable
            ? 'unavailable'
            : 'signedOut'
          : 'unknown'
      : !tried
        ? 'unknown'
        : refreshError
          ? 'unavailable'
          : 'signedOut';
    const error = status !== 'unavailable' ? undefined : hasToken ? me.error : refreshError;
    const enterprise =
      me.data?.memberships.find((m) => m.organization.kind === 'enterprise') ?? me.data?.memberships[0];
    return {
      status,
      error,
      retry,
      me: me.data,
      organizationId: enterprise?.organization.id,
      signIn,
      startSession,
      signOut,
    };
  }, [hasToken, tried, refreshError, me.data, me.isError, me.error, retry, signIn, startSession, signOut]);

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

function isTransient(error: unknown): boolean {
  return error instanceof NetworkError || (isProblem(error) && (error.status === 429 || error.status >= 500));
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
