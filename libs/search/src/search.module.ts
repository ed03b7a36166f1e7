import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AvailabilityModule } from '@rongtong/deals';
import { IdentityModule } from '@rongtong/identity';
import { ListingsModule } from '@rongtong/listings';
import { meilisearchProvider } from './engines/meilisearch/meilisearch.provider';
import { SearchEngines } from './search-engines';
import { SearchIndexer } from './search-indexer';
import { SearchService } from './search.service';
import { Segmenter } from './text/segmenter';
import { searchEntities } from './persistence/entities';

/** Search: the engines, the indexer that keeps them in step, and the query service. */
@Module({
  imports: [TypeOrmModule.forFeature(searchEntities), IdentityModule, ListingsModule, AvailabilityModule],
  providers: [Segmenter, meilisearchProvider, SearchEngines, SearchIndexer, SearchService],
  exports: [SearchEngines, SearchIndexer, SearchService, Segmenter],
})
export class SearchModule {}
