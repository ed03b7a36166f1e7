import { Module } from '@nestjs/common';
import { ListingsModule } from '@rongtong/listings';
import { ListingAttachmentsController } from './listing-attachments.controller';
import { ListingsController } from './listings.controller';

@Module({ imports: [ListingsModule], controllers: [ListingsController, ListingAttachmentsController] })
export class ListingsHttpModule {}
