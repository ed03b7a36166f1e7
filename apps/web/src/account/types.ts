export interface Membership {
  organization: { id: string; name: string; kind: 'enterprise' | 'park_operator' | 'platform' };
  role: 'owner' | 'admin' | 'member';
}

export interface Me {
  id: string;
  email: string;
  displayName: string;
  locale: 'zh-CN' | 'en';
  emailVerified: boolean;
  isPlatformAdmin: boolean;
  memberships: Membership[];
  /** Parks operated by an organization of the user's (the API always sends it; tests' users may leave it out). */
  operatedParkIds?: string[];
}

export interface TokenPair {
  accessToken: string;
  refreshToken?: string;
  expiresIn?: number;
}
