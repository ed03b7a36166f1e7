import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppConfig } from '@rongtong/platform';

export interface AccessTokenClaims {
  sub: string;
  sid: string;
}

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
  tokenType: 'Bearer';
}

export const JWT_ALGORITHM = 'HS256';

/** Issues access JWTs and opaque refresh tokens; only refresh-token hashes are stored. */
@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
  ) {}

  newRefreshToken(): { token: string; hash: string } {
    const token = randomBytes(32).toString('base64url');
    return { token, hash: TokenService.hash(token) };
  }

  static hash(token: string): string {
    return createHash('sha256').update(token).digest('hex');
  }

  async pair(userId: string, sessionId: string, refreshToken: string): Promise<TokenPair> {
    const claims: AccessTokenClaims = { sub: userId, sid: sessionId };
    const accessToken = await this.jwt.signAsync(claims, {
      secret: this.config.jwt.secret,
      algorithm: JWT_ALGORITHM,
      issuer: this.config.jwt.issuer,
      audience: this.config.jwt.audience,
      expiresIn: this.config.jwt.accessTtlSeconds,
    });
    return { accessToken, refreshToken, expiresIn: this.config.jwt.accessTtlSeconds, tokenType: 'Bearer' };
  }

  sessionExpiry(from = new Date()): Date {
    return new Date(from.getTime() + this.config.jwt.refreshTtlDays * 86_400_000);
  }
}
