import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import { Logger } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { QUEUE_NAMES, sendProblem } from '@rongtong/platform';
import type { Queue } from 'bullmq';
import type { FastifyInstance } from 'fastify';
import { QUEUE_BOARD_PATH, QueueBoardPass } from './queue-board-pass';

type BoardServerAdapter = Parameters<typeof createBullBoard>[0]['serverAdapter'];

/**
 * The BullMQ queues' dashboard (bull-board) at QUEUE_BOARD_PATH, for platform admins
 * only: a hook of the dashboard's own plugin context checks the pass cookie
 * (QueueBoardPass) before any of its routes, its pages, files and API alike, and answers
 * anyone else with a problem (401 without a good pass, 403 for a pass whose user is no
 * longer a platform admin or is suspended).
 */
export async function mountQueueBoard(app: NestFastifyApplication): Promise<void> {
  const pass = app.get(QueueBoardPass, { strict: false });
  const queues = QUEUE_NAMES.map((name) => app.get<Queue>(getQueueToken(name), { strict: false }));
  const serverAdapter = new FastifyAdapter();
  serverAdapter.setBasePath(QUEUE_BOARD_PATH);
  createBullBoard({
    queues: queues.map((queue) => new BullMQAdapter(queue)),
    // @bull-board/fastify 9.10.1 brings its own copy of @bull-board/api 9.10.1, whose types
    // differ from 9.10.2's by a private field only: the same adapter at run time.
    serverAdapter: serverAdapter as unknown as BoardServerAdapter,
    options: { uiConfig: { boardTitle: 'Rongtong queues' } },
  });
  const logger = new Logger('QueueBoard');
  await app.register(
    async (board: FastifyInstance) => {
      board.addHook('onRequest', async (request, reply) => {
        try {
          await pass.actorOf(request);
        } catch (error) {
          sendProblem(error, request, reply, logger);
          return reply;
        }
        return undefined;
      });
      await board.register(serverAdapter.registerPlugin());
    },
    { prefix: QUEUE_BOARD_PATH },
  );
}
