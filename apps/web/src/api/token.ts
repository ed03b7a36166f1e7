/**
 * The access token lives here, in memory only: a reload forgets it and the httpOnly
 * refresh cookie (which no script can read) brings a new one.
 */
let accessToken: string | undefined;
const listeners = new Set<(signedIn: boolean) => void>();

export function getAccessToken(): string | undefined {
  return accessToken;
}

export function setAccessToken(token: string | undefined): void {
  const changed = Boolean(token) !== Boolean(accessToken);
  accessToken = token;
  if (changed) for (const listener of listeners) listener(Boolean(token));
}

export function onSignedInChange(listener: (signedIn: boolean) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The API's non-secret hint cookie beside the httpOnly refresh cookie: set on sign-in and
 * every refresh, cleared on sign-out and when refresh answers 401. Without it this browser
 * has no session, so a page load does not try the refresh cookie.
 */
const SESSION_HINT = 'rongtong_session';

export function hasSessionHint(): boolean {
  if (typeof document === 'undefined') return false;
  return document.cookie.split(/;\s*/).some((c) => c.startsWith(`${SESSION_HINT}=`) && c !== `${SESSION_HINT}=`);
}

/** Drops the hint here too, in case the server's answer that clears it never arrived. */
export function clearSessionHint(): void {
  if (typeof document === 'undefined') return;
  document.cookie = `${SESSION_HINT}=; Max-Age=0; Path=/; SameSite=Strict`;
}
