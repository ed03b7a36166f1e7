import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Locale } from '@rongtong/kernel';
import type { FastifyRequest } from 'fastify';
import { requestLocale } from '../errors/locale';

/**
 * The language to word a response in: Accept-Language, else the signed-in user's locale,
 * else zh-CN (the problem details filter's rule, for what a handler itself words).
 */
export const RequestLocale = createParamDecorator((_: unknown, context: ExecutionContext): Locale =>
  requestLocale(context.switchToHttp().getRequest<FastifyRequest>()),
);
