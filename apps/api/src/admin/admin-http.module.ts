import { Module } from '@nestjs/common';
import { IdentityModule } from '@rongtong/identity';
import { QueueBoardController } from './queue-board.controller';
import { QueueBoardPass } from './queue-board-pass';

/** Platform administration that is not a context's own: the queue dashboard's pass. */
@Module({
  imports: [IdentityModule],
  controllers: [QueueBoardController],
  providers: [QueueBoardPass],
})
export class AdminHttpModule {}
