export { type MeiliDocument, meiliDocument, regionPrefixes, searchDocumentFrom } from './meili-document';
export { meiliFilter, meiliSort } from './meili-filters';
export { type MeiliHit, type MeiliSearchParams, meiliSearchParams, meiliSearchResult } from './meili-search';
export { meiliSettings, meiliSynonyms } from './meili-settings';
export { MeilisearchEngine, type MeilisearchEngineOptions } from './meilisearch.engine';
export {
  type MeiliSupplierDocument,
  meiliSupplierDocument,
  meiliSupplierFilter,
  meiliSupplierSearchParams,
  meiliSupplierSettings,
} from './meili-suppliers';
