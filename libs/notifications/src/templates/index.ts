/**
 * What people read, in one place: every email (and the in-app notification of the same
 * event) in zh-CN and en. Each kind is a function that says what to say in the reader's
 * language (`EmailContent`); `renderEmail` lays every one out the same way, as plain text
 * and as HTML, escaping all of it. A new kind belongs here and in `templates.spec.ts`'s
 * list, which renders each in both languages.
 */
export * from './account-token';
export * from './common';
export * from './deal';
export * from './invitation';
export * from './locale';
export * from './match';
export * from './render';
export * from './uscc-dispute';
export * from './rfq';
