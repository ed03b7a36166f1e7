import { SearchDocumentEntity } from './search-documents.entity';
import { SearchTermEntity } from './search-terms.entity';

export * from './search-documents.entity';
export * from './search-terms.entity';

/** Every table of the search context, for the DataSource. */
export const searchEntities = [SearchDocumentEntity, SearchTermEntity];
