import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { SessionDevice } from '../persistence';

interface RequestLike {
  headers: Record<string, string | string[] | undefined>;
  /** Fastify's client address (honouring X-Forwarded-For only where the proxy is trusted). */
  ip?: string;
}

/** Where a request comes from, as recorded on the session it opens. */
export function clientDevice(request: RequestLike): SessionDevice {
  const agent = request.headers['user-agent'];
  return { userAgent: (Array.isArray(agent) ? agent[0] : agent) ?? null, ipAddress: request.ip ?? null };
}

/** The requesting client's user agent and address, for routes that open a session. */
export const ClientDevice = createParamDecorator((_: unknown, context: ExecutionContext): SessionDevice =>
  clientDevice(context.switchToHttp().getRequest()),
);
