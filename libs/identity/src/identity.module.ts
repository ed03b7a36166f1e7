import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { ThrottlerModule, type ThrottlerStorage } from '@nestjs/throttler';
import { AppConfig, FallbackThrottlerStorage, REDIS } from '@rongtong/platform';
import type Redis from 'ioredis';
import { ActorCache } from './auth/actor-cache';
import { CurrentPassword } from './auth/current-password';
import { AuthenticationGuard, LocalAuthGuard } from './auth/guards';
import { JwtStrategy } from './auth/jwt.strategy';
import { LocalStrategy } from './auth/local.strategy';
import { LoginAttempts } from './auth/login-attempts';
import { PasswordHasher } from './auth/password-hasher';
import { PlatformAdminBootstrapper } from './auth/platform-admin.bootstrapper';
import { SessionIssuer } from './auth/session-issuer';
import { TokenService } from './auth/token.service';
import {
  AccountTokenRepository,
  InvitationRepository,
  MembershipRepository,
  OrganizationRepository,
  ParkRepository,
  SessionRepository,
  UserAuditRepository,
  UserRepository,
  UsccDisputeRepository,
  VerificationDocumentRepository,
} from './persistence';
import { AccountTokenIssuer } from './use-cases/account-tokens';
import { IDENTITY_USE_CASES } from './use-cases/all';
import { OrganizationDirectory } from './use-cases/organization-directory';
import { identityEntities } from './persistence/entities';

/** Namespaces the limiter's keys like every other key this deployment keeps in Redis. */
function prefixed(storage: ThrottlerStorage, prefix: string): ThrottlerStorage {
  return { increment: (key, ...rest) => storage.increment(`${prefix}:throttle:${key}`, ...rest) };
}

/**
 * Identity: organizations, parks, users and who may do what. Importing it puts every
 * route behind the authentication guard (opt out with `@Public()`).
 */
@Module({
  imports: [
    TypeOrmModule.forFeature(identityEntities),
    PassportModule,
    JwtModule.register({}),
    ThrottlerModule.forRootAsync({
      inject: [AppConfig, REDIS],
      useFactory: (config: AppConfig, redis: Redis) => ({
        throttlers: [{ name: 'default', ttl: 60_000, limit: config.authRateLimitPerMinute }],
        // While Redis is away each process limits on its own (see FallbackThrottlerStorage).
        storage: new FallbackThrottlerStorage(prefixed(new ThrottlerStorageRedisService(redis), config.queue.prefix)),
        errorMessage: 'Too many requests from this address: slow down',
      }),
    }),
  ],
  providers: [
    OrganizationRepository,
    UserRepository,
    SessionRepository,
    ParkRepository,
    InvitationRepository,
    MembershipRepository,
    AccountTokenRepository,
    UserAuditRepository,
    UsccDisputeRepository,
    VerificationDocumentRepository,
    PasswordHasher,
    CurrentPassword,
    AccountTokenIssuer,
    TokenService,
    ActorCache,
    LoginAttempts,
    SessionIssuer,
    ...IDENTITY_USE_CASES,
    OrganizationDirectory,
    JwtStrategy,
    LocalStrategy,
    LocalAuthGuard,
    PlatformAdminBootstrapper,
    { provide: APP_GUARD, useClass: AuthenticationGuard },
  ],
  exports: [...IDENTITY_USE_CASES, OrganizationDirectory, LocalAuthGuard, ActorCache],
})
export class IdentityModule {}
