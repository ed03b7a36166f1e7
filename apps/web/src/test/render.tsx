import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { ConfigProvider } from 'antd';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { SessionProvider } from '../account/session';
import { FeedbackProvider } from '../components/feedback';
import { initI18n, type Language } from '../i18n';

/** Renders a page as the app does: query client, i18n, Ant Design's button settings, session and a router at `path` (matching `route`). */
export function renderPage(
  element: ReactElement,
  { path = '/', route = path.split('?')[0], language }: { path?: string; route?: string; language?: Language } = {},
) {
  const i18n = initI18n(language ?? 'zh-CN');
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const router = createMemoryRouter(
    [
      { path: route, element },
      { path: '*', element: <p>elsewhere</p> },
    ],
    { initialEntries: [path] },
  );
  return {
    router,
    ...render(
      <QueryClientProvider client={queryClient}>
        <I18nextProvider i18n={i18n}>
          {/* Button labels as the app shows them (App.tsx): 提交, not 提 交. */}
          <ConfigProvider button={{ autoInsertSpace: false }}>
            <FeedbackProvider>
              <SessionProvider>
                <RouterProvider router={router} />
              </SessionProvider>
            </FeedbackProvider>
          </ConfigProvider>
        </I18nextProvider>
      </QueryClientProvider>,
    ),
  };
}

/** A fetch that answers by path; anything else is a 404 problem. */
export function fakeFetch(routes: Record<string, (request: Request) => Response | Promise<Response>>) {
  return async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(new URL(String(input), 'http://localhost'), init);
    const path = new URL(request.url).pathname;
    const key = `${request.method} ${path}`;
    const handler = routes[key];
    if (handler) return handler(request);
    return json(404, { title: 'Not Found', status: 404, code: 'NOT_FOUND' }, 'application/problem+json');
  };
}

export function json(status: number, body: unknown, type = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });
}
