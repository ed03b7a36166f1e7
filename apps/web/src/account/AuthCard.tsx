import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useDocumentTitle } from '../components/useDocumentTitle';

/** The narrow centred card of the account pages. */
export function AuthCard({ title, children, width = 420 }: { title: string; children: ReactNode; width?: number }) {
  useDocumentTitle(title);
  return (
    <div style={{ maxWidth: width, margin: '24px auto' }}>
      <Card>
        <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
          {title}
        </Typography.Title>
        {children}
      </Card>
    </div>
  );
}

/** Only paths of this app (never another site) are places to return to after signing in. */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}
