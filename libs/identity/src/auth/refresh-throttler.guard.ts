import { Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import {
  InjectThrottlerOptions,
  InjectThrottlerStorage,
  ThrottlerGuard,
  type ThrottlerModuleOptions,
  type ThrottlerRequest,
  type ThrottlerStorage,
} from '@nestjs/throttler';
import { AppConfig } from '@rongtong/platform';

/**
 * The per-address limit of `POST /auth/refresh`: its own budget (`REFRESH_RATE_LIMIT_PER_MINUTE`),
 * not sign-in's. A refresh is no password guess (a spent token revokes its session, a forged
 * one fails), and the web app refreshes on every page load, so an office behind one NAT
 * address must not exhaust sign-in's small allowance by opening pages. Same storage, key
 * (per route and address) and 429 `RATE_LIMITED` with `Retry-After` as the other limits.
 */
@Injectable()
export class RefreshThrottlerGuard extends ThrottlerGuard {
  constructor(
    @InjectThrottlerOptions() options: ThrottlerModuleOptions,
    @InjectThrottlerStorage() storage: ThrottlerStorage,
    reflector: Reflector,
    private readonly config: AppConfig,
  ) {
    super(options, storage, reflector);
  }

  protected override handleRequest(request: ThrottlerRequest): Promise<boolean> {
    return super.handleRequest({ ...request, limit: this.config.refreshRateLimitPerMinute });
  }
}
