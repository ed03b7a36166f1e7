import { Global, Module } from '@nestjs/common';
import { OutboxLedger } from './outbox-ledger';
import { OutboxWriter } from './outbox.writer';

/**
 * The writer, for every context that announces changes, and the ledger processors record
 * deliveries in. The relay lives in the worker.
 */
@Global()
@Module({ providers: [OutboxWriter, OutboxLedger], exports: [OutboxWriter, OutboxLedger] })
export class OutboxModule {}
