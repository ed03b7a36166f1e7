import { Module } from '@nestjs/common';
import { ListingsModule } from '@rongtong/listings';
import { ListingsController } from './listings.controller';

@Module({ imports: [ListingsModule], controllers: [ListingsController] })
export class ListingsHttpModule {}
