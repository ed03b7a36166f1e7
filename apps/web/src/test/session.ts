import { json } from './render';

/** A park operator: owner of 松山湖园区's operating organization, not a platform admin. */
export const OPERATOR = {
  id: 'u1',
  email: 'operator@example.com',
  displayName: '李运营',
  locale: 'zh-CN',
  emailVerified: true,
  isPlatformAdmin: false,
  memberships: [{ organization: { id: 'p-org', name: '松山湖园区', kind: 'park_operator' }, role: 'owner' }],
};

/** The fakeFetch routes that sign `me` in: the refresh cookie yields a token, `/me` the account. */
export function signedInAs(me: unknown) {
  return {
    'POST /api/v1/auth/refresh': () => json(200, { accessToken: 'token' }),
    'GET /api/v1/me': () => json(200, me),
  };
}
