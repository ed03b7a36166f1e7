import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { consoleZh } from '../console/i18n';
import { consoleEn } from '../console/i18n.en';
import { disputesZh } from '../disputes/i18n';
import { disputesEn } from '../disputes/i18n.en';
import { en } from '../i18n/en';
import { provideArea, provideLanguage } from '../i18n';
import { organizationZhCN } from '../organization/i18n';
import { organizationEn } from '../organization/i18n.en';
import { myListingsZh } from '../provider/listings/i18n';
import { myListingsEn } from '../provider/listings/i18n.en';
import { sourcingZh } from '../sourcing/i18n';
import { sourcingEn } from '../sourcing/i18n.en';

afterEach(() => cleanup());
// findBy… and waitFor give up after 5 s, not 1: a role query over an Ant Design form in
// jsdom can take over a second on a busy 2-core machine (CI runs Vitest beside nothing,
// developers beside everything), and a test should fail on behaviour, not on load.
configure({ asyncUtilTimeout: 5_000 });

// Pages are rendered for a browser that has signed in before (the API's session hint
// cookie is set), so a page load tries the refresh cookie; a test of an anonymous visitor
// clears it (clearSessionHint).
beforeEach(() => {
  document.cookie = 'rongtong_session=1; Path=/; SameSite=Strict';
});

// The app loads English on demand; tests render in either language at once.
provideLanguage('en', en);
// …and the areas' strings, which the app loads with their pages.
provideArea('org', 'zh-CN', organizationZhCN);
provideArea('org', 'en', organizationEn);
provideArea('disputes', 'zh-CN', disputesZh);
provideArea('disputes', 'en', disputesEn);
provideArea('myListings', 'zh-CN', myListingsZh);
provideArea('myListings', 'en', myListingsEn);
provideArea('console', 'zh-CN', consoleZh);
provideArea('console', 'en', consoleEn);
provideArea('sourcing', 'zh-CN', sourcingZh);
provideArea('sourcing', 'en', sourcingEn);

// jsdom lacks what Ant Design's responsive components ask the browser for.
if (!window.matchMedia)
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    value: (query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }),
  });
if (!window.ResizeObserver)
  window.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
