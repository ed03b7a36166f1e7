import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@rongtong/identity';
import { ListingsModule } from '@rongtong/listings';
import { meilisearchProvider } from './engines/meilisearch/meilisearch.provider';
import { SearchEngines } from './search-engines';
import { SearchIndexer } from './search-indexer';
import { SupplierIndexer } from './supplier-indexer';
import { Segmenter } from './text/segmenter';
import { searchEntities } from './persistence/entities';

/** Search: the engines and the indexer that keeps them in step (the query service is SearchQueryModule's). */
@Module({
  imports: [TypeOrmModule.forFeature(searchEntities), IdentityModule, ListingsModule],
  providers: [Segmenter, meilisearchProvider, SearchEngines, SupplierIndexer, SearchIndexer],
  exports: [SearchEngines, SearchIndexer, SupplierIndexer, Segmenter],
})
export class SearchModule {}
