import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { ConfigProvider } from 'antd';
import { useEffect } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { SessionProvider } from '../account/session';
import { onSessionExpired } from '../api/client';
import { FeedbackProvider } from '../components/feedback';
import { antdLocale, type i18n as I18n } from '../i18n';
import type { createRouter } from './routes';
import { THEME_TOKENS } from './theme';

interface Props {
  router: ReturnType<typeof createRouter>;
  queryClient: QueryClient;
  i18n: typeof I18n;
}

function Localized({ router }: { router: Props['router'] }) {
  const { i18n } = useTranslation();
  const language = i18n.language;
  useEffect(() => {
    // A refused request whose session cannot be renewed: sign in again, then come back.
    onSessionExpired(() => {
      const { pathname, search } = router.state.location;
      if (pathname === '/sign-in') return;
      void router.navigate(`/sign-in?next=${encodeURIComponent(pathname + search)}`);
    });
  }, [router]);
  return (
    <ConfigProvider
      locale={antdLocale(language)}
      // Ant Design puts a space between the two characters of a two-character Chinese label
      // ("提 交"); Chinese business software writes 提交, and so do screen readers and tests.
      button={{ autoInsertSpace: false }}
      theme={{ token: THEME_TOKENS }}
    >
      <FeedbackProvider>
        <SessionProvider>
          <RouterProvider router={router} />
        </SessionProvider>
      </FeedbackProvider>
    </ConfigProvider>
  );
}

export function App({ router, queryClient, i18n }: Props) {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18n}>
        <Localized router={router} />
      </I18nextProvider>
    </QueryClientProvider>
  );
}
