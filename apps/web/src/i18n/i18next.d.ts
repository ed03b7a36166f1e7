import 'i18next';
import type { consoleZh } from '../console/i18n';
import type { disputesZh } from '../disputes/i18n';
import type { organizationZhCN } from '../organization/i18n';
import type { myListingsZh } from '../provider/listings/i18n';
import type { sourcingZh } from '../sourcing/i18n';
import type { zhCN } from './zh-CN';

// Keys are checked at compile time against the Chinese resources, the reference language.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    // The areas' strings load with their pages (AREAS in ./index.ts); their keys are checked all the same.
    resources: {
      translation: typeof zhCN & {
        org: typeof organizationZhCN;
        disputes: typeof disputesZh;
        myListings: typeof myListingsZh;
        console: typeof consoleZh;
        sourcing: typeof sourcingZh;
      };
    };
  }
}
