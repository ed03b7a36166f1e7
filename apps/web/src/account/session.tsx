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
import { api, body, refreshSession } from '../api/client';
import { getAccessToken, onSignedInChange, setAccessToken } from '../api/token';
import type { Me, TokenPair } from './types';

interface Session {
  /** `unknown` until the refresh cookie has been tried once after a (re)load. */
  status: 'unknown' | 'signedIn' | 'signedOut';
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
  const [tried, setTried] = useState(Boolean(getAccessToken()));

  useEffect(() => {
    if (tried) return;
    void refreshSession().finally(() => setTried(true));
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
    queryClient.clear();
  }, [queryClient]);

  const value = useMemo<Session>(() => {
    const status = hasToken
      ? me.data
        ? 'signedIn'
        : me.isError
          ? 'signedOut'
          : 'unknown'
      : tried
        ? 'signedOut'
        : 'unknown';
    const enterprise =
      me.data?.memberships.find((m) => m.organization.kind === 'enterprise') ?? me.data?.memberships[0];
    return { status, me: me.data, organizationId: enterprise?.organization.id, signIn, startSession, signOut };
  }, [hasToken, tried, me.data, me.isError, signIn, startSession, signOut]);

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
