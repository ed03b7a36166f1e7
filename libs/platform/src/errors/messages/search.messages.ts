import type { MessageCatalog } from './format';

/** Errors of the search context (libs/search/src/domain). */
export const SEARCH_MESSAGES: MessageCatalog = {
  SEARCH_QUERY_INVALID: { 'zh-CN': '{errors}', en: '{errors}' },
};
