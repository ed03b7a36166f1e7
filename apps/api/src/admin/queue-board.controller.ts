import { Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor } from '@rongtong/identity';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { QUEUE_BOARD_COOKIE, QUEUE_BOARD_PASS_SECONDS, QUEUE_BOARD_PATH, QueueBoardPass } from './queue-board-pass';

@ApiTags('admin')
@Controller('admin')
export class QueueBoardController {
  constructor(private readonly pass: QueueBoardPass) {}

  @ApiOperation({
    summary: 'A pass to the queue dashboard (platform admins)',
    description:
      `Sets \`${QUEUE_BOARD_COOKIE}\`, an httpOnly cookie (SameSite=Strict, Path=${QUEUE_BOARD_PATH}, ` +
      `${QUEUE_BOARD_PASS_SECONDS} s) that opens the BullMQ dashboard at ${QUEUE_BOARD_PATH}/ while this session ` +
      'lasts and its user stays a platform admin. Browsers navigate there without a bearer token, hence the cookie.',
  })
  @ApiNoContentResponse({
    description: 'The pass is set',
    headers: {
      'Set-Cookie': {
        description: `${QUEUE_BOARD_COOKIE}=…; HttpOnly; SameSite=Strict; Path=${QUEUE_BOARD_PATH} (and Secure under https)`,
        schema: { type: 'string' },
      },
    },
  })
  @ApiProblems(401, { 403: 'PLATFORM_ADMIN_REQUIRED' })
  @HttpCode(204)
  @Post('queue-board-pass')
  async issuePass(
    @CurrentActor() actor: Actor,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.pass.issue(actor, request, reply);
  }
}
