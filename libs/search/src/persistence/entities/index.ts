import { SearchDocumentEntity } from './search-documents.entity';
import { SearchIndexStateEntity } from './search-index-state.entity';
import { SearchTermEntity } from './search-terms.entity';
import { SupplierDocumentEntity } from './supplier-documents.entity';

export * from './search-documents.entity';
export * from './search-index-state.entity';
export * from './search-terms.entity';
export * from './supplier-documents.entity';

/** Every table of the search context, for the DataSource. */
export const searchEntities = [SearchDocumentEntity, SearchTermEntity, SearchIndexStateEntity, SupplierDocumentEntity];
