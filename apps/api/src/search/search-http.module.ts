import { Module } from '@nestjs/common';
import { SearchModule } from '@rongtong/search';
import { SearchController } from './search.controller';

@Module({ imports: [SearchModule], controllers: [SearchController] })
export class SearchHttpModule {}
