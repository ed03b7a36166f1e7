import 'i18next';
import type { zhCN } from './zh-CN';

// Keys are checked at compile time against the Chinese resources, the reference language.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof zhCN };
  }
}
