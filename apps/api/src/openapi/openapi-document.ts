import type { INestApplication, Type } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { ApiBearerAuth, ApiSecurity, DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { IS_PUBLIC } from '@rongtong/identity';
import { ProblemDetailsDto } from './problem-details.dto';

const DESCRIBED = 'rongtong:openapi-security';
const PATH_METADATA = 'path';

/**
 * The OpenAPI document of the app's routes (the global prefix already set): what
 * `/api/docs-json` serves and `npm run openapi` writes for the web app's typed client.
 * Operation ids are the handlers' names, unique across controllers.
 */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  declareSecurity(app);
  const config = new DocumentBuilder()
    .setTitle('Rongtong API')
    .setDescription(
      [
        'Rongtong (融通): enterprises share spare capacity, equipment and patents; SMEs find, book, reserve and license them.',
        '',
        'Errors are RFC 9457 `application/problem+json` (`ProblemDetails`) with a stable `code`, worded in the language of `Accept-Language` (zh-CN or en). Lists answer one page shape, `{items, total, page, limit}`; search answers `{hits, total, facets, page, limit, engine}`.',
        '',
        'Sign in with `POST /api/v1/auth/login`; send the access token as `Authorization: Bearer …`. Browsers also receive the refresh token as an httpOnly cookie limited to `/api/v1/auth`.',
      ].join('\n'),
    )
    .setVersion('1')
    .setLicense('Proprietary', 'https://rongtong.cn/terms')
    .addServer('/', 'This origin')
    .addBearerAuth({
      type: 'http',
      scheme: 'bearer',
      bearerFormat: 'JWT',
      description: 'The access token from sign-in',
    })
    .build();
  return SwaggerModule.createDocument(app, config, {
    operationIdFactory: (_controller, method) => method,
    extraModels: [ProblemDetailsDto],
  });
}

/**
 * Security from the same `@Public()` the guard reads, so the document cannot drift from
 * what is enforced: a public route serves anonymous callers and still honours a token
 * (members may see more), every other route needs the bearer token.
 */
function declareSecurity(app: INestApplication): void {
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as Type | null;
      const prototype = controller?.prototype as object | undefined;
      if (!controller || !prototype) continue;
      const controllerPublic = Reflect.getMetadata(IS_PUBLIC, controller) === true;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        const descriptor = Object.getOwnPropertyDescriptor(prototype, name);
        const handler: unknown = descriptor?.value;
        if (name === 'constructor' || typeof handler !== 'function') continue;
        if (Reflect.getMetadata(PATH_METADATA, handler) === undefined || Reflect.getMetadata(DESCRIBED, handler)) {
          continue;
        }
        const isPublic = controllerPublic || Reflect.getMetadata(IS_PUBLIC, handler) === true;
        if (isPublic) ApiSecurity({})(prototype, name, descriptor!);
        ApiBearerAuth()(prototype, name, descriptor!);
        Reflect.defineMetadata(DESCRIBED, true, handler);
      }
    }
  }
}
