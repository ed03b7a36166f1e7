import { type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { RequestValidationError } from '@rongtong/kernel';
import { plainToInstance } from 'class-transformer';
import { IsString, MaxLength, validate } from 'class-validator';
import { AuthenticationRequiredError } from '../domain';
import { IS_PUBLIC, OWN_CREDENTIALS } from './actor.decorator';

/**
 * Applied to every route: a valid bearer token is required unless the route is
 * `@Public()`, and a token that is sent is always checked.
 */
@Injectable()
export class AuthenticationGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override canActivate(context: ExecutionContext) {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    const request = context.switchToHttp().getRequest<{ headers: Record<string, string | undefined> }>();
    if (isPublic && !request.headers.authorization) return true;
    if (this.reflector.getAllAndOverride<boolean>(OWN_CREDENTIALS, [context.getHandler(), context.getClass()])) {
      return true;
    }
    return super.canActivate(context);
  }

  override handleRequest<T>(error: unknown, actor: T | false, info: unknown): T {
    if (error) throw error instanceof Error ? error : new AuthenticationRequiredError();
    if (!actor) {
      const expired = info instanceof Error && info.name === 'TokenExpiredError';
      throw new AuthenticationRequiredError(expired ? 'The access token has expired: refresh it' : undefined);
    }
    return actor;
  }
}

class LoginBody {
  @IsString()
  @MaxLength(254)
  email!: string;

  @IsString()
  @MaxLength(256)
  password!: string;
}

/** Passport's local strategy behind the same strict body validation as every other route. */
@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const body: unknown = context.switchToHttp().getRequest<{ body: unknown }>().body;
    const errors = await validate(plainToInstance(LoginBody, body ?? {}), {
      whitelist: true,
      forbidNonWhitelisted: true,
    });
    if (errors.length > 0 || typeof body !== 'object' || body === null) {
      throw new RequestValidationError(
        errors.flatMap((e) => Object.values(e.constraints ?? {}).map((message) => ({ field: e.property, message }))),
      );
    }
    return (await super.canActivate(context)) as boolean;
  }

  override handleRequest<T>(error: unknown, result: T | false): T {
    if (error) throw error instanceof Error ? error : new AuthenticationRequiredError();
    if (!result) throw new AuthenticationRequiredError();
    return result;
  }
}
