import type { MessageCatalog } from './format';

/** Errors of the account lifecycle (libs/identity/src/domain/account.errors.ts). */
export const ACCOUNT_MESSAGES: MessageCatalog = {};
