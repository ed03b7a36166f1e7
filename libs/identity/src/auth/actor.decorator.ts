import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Actor } from '../domain';

export const IS_PUBLIC = 'rongtong:public';

/**
 * Opens a route to anonymous callers. A caller who sends a token is still authenticated
 * (and refused if the token is bad), so public routes can show members more.
 */
export const Public = () => SetMetadata(IS_PUBLIC, true);

export const OWN_CREDENTIALS = 'rongtong:own-credentials';

/**
 * A route that checks its own `Authorization` header (the metrics scraper's token, not a
 * user's): the authentication guard leaves it alone, and it has no actor.
 */
export const OwnCredentials = () => SetMetadata(OWN_CREDENTIALS, true);

/** The authenticated caller; `undefined` only on `@Public()` routes called anonymously. */
export const CurrentActor = createParamDecorator(
  (_: unknown, context: ExecutionContext): Actor | undefined =>
    context.switchToHttp().getRequest<{ user?: Actor }>().user,
);
