import { operatorZh } from './operator/i18n';

/**
 * Strings of the console (park operators' queues, park analytics, platform admin pages),
 * under `console.`: the Chinese reference here, English in i18n.en.ts. Loaded with the
 * console's pages, in the current language only (loadArea in ../i18n). Each part of the
 * console keeps to its own key (operator…, analytics, admin) so edits stay small.
 */
export const consoleZh = {
  operator: operatorZh,
};
