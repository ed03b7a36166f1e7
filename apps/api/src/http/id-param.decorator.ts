import { Param, ParseUUIDPipe } from '@nestjs/common';

/**
 * A UUID path parameter, `:id` unless another name is given (`@Id('matchId')`). Anything
 * but a UUID is refused with 400 before the handler runs, so no use case or query ever
 * sees a malformed id. Any UUID version is accepted: ids come from PostgreSQL's
 * gen_random_uuid() and from clients' own idempotency keys alike.
 */
export const Id = (name = 'id'): ParameterDecorator => Param(name, new ParseUUIDPipe({ version: undefined }));
