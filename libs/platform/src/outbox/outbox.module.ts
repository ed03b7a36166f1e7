import { Global, Module } from '@nestjs/common';
import { OutboxWriter } from './outbox.writer';

/** The writer, for every context that announces changes. The relay lives in the worker. */
@Global()
@Module({ providers: [OutboxWriter], exports: [OutboxWriter] })
export class OutboxModule {}
