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
