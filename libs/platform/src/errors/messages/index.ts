import { DEFAULT_LOCALE, type Locale } from '@rongtong/kernel';
import { ACCOUNT_MESSAGES } from './account.messages';
import { ANALYTICS_MESSAGES } from './analytics.messages';
import { BULK_MESSAGES } from './bulk.messages';
import { DEALS_MESSAGES } from './deals.messages';
import { type CatalogEntry, fill, type MessageCatalog, type Params, textsFor } from './format';
import { IDENTITY_MESSAGES } from './identity.messages';
import { LISTINGS_MESSAGES } from './listings.messages';
import { MATCHING_MESSAGES } from './matching.messages';
import { NOTIFICATIONS_MESSAGES } from './notifications.messages';
import { PLATFORM_MESSAGES } from './platform.messages';
import { SEARCH_MESSAGES } from './search.messages';
import { SOURCING_MESSAGES } from './sourcing.messages';
import { isViolationList, problemTerm, type WordedViolation, wordMessage, wordViolation } from './violation-wording';

export * from './format';
export { GLOSSARY } from './glossary';
export { CONSTRAINT_TEXTS, VIOLATION_TEXTS } from './violations';
export { compile, findRule, wordMessage, wordViolation, type WordedViolation } from './violation-wording';

/**
 * What every problem `code` says, in every language: the `detail` of the problem the
 * caller reads, worded in zh-CN or en (see locale.ts for which).
 *
 * To add a code's texts: put an entry under the code in its context's file here
 * (`deals.messages.ts` …; a new context gets its own file, spread in below), e.g.
 *
 *   LISTING_NOT_EDITABLE: {
 *     'zh-CN': '“{status|listingStatus}”状态的挂牌不能修改',
 *     en: 'A {status} listing cannot be edited',
 *   },
 *
 * - `{name}` is filled from the error's `details`, then its `params` (DomainError's third
 *   argument: values the wording needs that the response need not carry).
 * - `{name|term}` reads the value through a glossary table (glossary.ts: statuses,
 *   actions, kinds) or a term of violation-wording.ts (`{reason|violation}`).
 * - `{errors}` is the error's field violations, each worded through violations.ts;
 *   `{message}` the English message given where the error was raised (for codes raised
 *   with several wordings, when no param tells them apart).
 * - One code with several messages: `{ by: 'check', cases: { length: {…}, … }, otherwise: {…} }`.
 *
 * Chinese as Chinese business software writes it (统一社会信用代码校验位错误, 该时段已被预约),
 * not a word-for-word rendering. `problem-messages.spec.ts` fails for a code the API can
 * raise without texts here, and for a violation message without an entry in violations.ts.
 */
export const PROBLEM_MESSAGES: MessageCatalog = {
  ...PLATFORM_MESSAGES,
  ...IDENTITY_MESSAGES,
  ...ACCOUNT_MESSAGES,
  ...LISTINGS_MESSAGES,
  ...DEALS_MESSAGES,
  ...MATCHING_MESSAGES,
  ...NOTIFICATIONS_MESSAGES,
  ...SEARCH_MESSAGES,
  ...ANALYTICS_MESSAGES,
  ...SOURCING_MESSAGES,
  ...BULK_MESSAGES,
};

/** The catalogs by file, for the test that no code is given texts twice. */
export const MESSAGE_CATALOGS: Readonly<Record<string, MessageCatalog>> = {
  platform: PLATFORM_MESSAGES,
  identity: IDENTITY_MESSAGES,
  account: ACCOUNT_MESSAGES,
  listings: LISTINGS_MESSAGES,
  deals: DEALS_MESSAGES,
  matching: MATCHING_MESSAGES,
  notifications: NOTIFICATIONS_MESSAGES,
  search: SEARCH_MESSAGES,
  analytics: ANALYTICS_MESSAGES,
  sourcing: SOURCING_MESSAGES,
  bulk: BULK_MESSAGES,
};

export interface WordedProblem {
  detail: string;
  /** The violations in `locale`, when the problem carries some. */
  errors?: WordedViolation[];
  /** The reasons (SLOT_UNAVAILABLE's `{code, message}`) in `locale`, when the problem carries some. */
  reasons?: { code?: unknown; message: string }[];
}

const LIST_SEPARATOR: Record<Locale, string> = { 'zh-CN': '；', en: '; ' };
const FIELD_SEPARATOR: Record<Locale, string> = { 'zh-CN': '：', en: ': ' };

/**
 * A problem's detail (and violations) in `locale`. `message` is the English the error
 * was raised with: the detail for a code that has no texts yet, and `{message}`.
 */
export function wordProblem(
  code: string,
  message: string,
  params: Params,
  locale: Locale = DEFAULT_LOCALE,
): WordedProblem {
  const errors = isViolationList(params.errors) ? params.errors.map((v) => wordViolation(v, locale)) : undefined;
  const entry: CatalogEntry | undefined = PROBLEM_MESSAGES[code];
  if (!entry) return { detail: message, ...(errors && { errors }) };
  const reasons = Array.isArray(params.reasons)
    ? params.reasons
        .filter((r): r is { message: string } => typeof (r as { message?: unknown })?.message === 'string')
        .map((r) => ({ ...r, message: wordMessage(r.message, locale).message }))
    : undefined;
  const values: Params = {
    ...params,
    message,
    ...(errors && {
      errors: errors.map((v) => `${v.field}${FIELD_SEPARATOR[locale]}${v.message}`).join(LIST_SEPARATOR[locale]),
    }),
    ...(reasons && { reasons: reasons.map((r) => r.message).join(LIST_SEPARATOR[locale]) }),
  };
  const detail = fill(textsFor(entry, values)[locale], locale, values, problemTerm);
  return { detail, ...(errors && { errors }), ...(reasons && { reasons }) };
}
