import { Module } from '@nestjs/common';
import { SourcingModule } from '@rongtong/sourcing';
import { ParkRfqsController } from './park-rfqs.controller';
import { RfqAttachmentsController } from './rfq-attachments.controller';
import { RfqsController } from './rfqs.controller';
import { SuppliersController } from './suppliers.controller';

@Module({
  imports: [SourcingModule],
  controllers: [RfqsController, RfqAttachmentsController, SuppliersController, ParkRfqsController],
})
export class SourcingHttpModule {}
