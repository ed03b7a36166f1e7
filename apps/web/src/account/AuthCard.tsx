import type { ReactNode } from 'react';
import { Panel } from '../components/Panel';
import { Title } from '../components/Text';
import { useDocumentTitle } from '../components/useDocumentTitle';

/** The narrow centred card of the account pages. */
export function AuthCard({ title, children, width = 420 }: { title: string; children: ReactNode; width?: number }) {
  useDocumentTitle(title);
  return (
    <div style={{ maxWidth: width, margin: '24px auto' }}>
      {/* Panel and Title in Card's and Typography's look, without their weight on the first load. */}
      <Panel>
        <Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
          {title}
        </Title>
        {children}
      </Panel>
    </div>
  );
}

/** Only paths of this app (never another site) are places to return to after signing in. */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}
