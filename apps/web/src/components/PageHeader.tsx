import { Breadcrumb, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

interface Props {
  title: ReactNode;
  subTitle?: ReactNode;
  extra?: ReactNode;
  breadcrumb?: { title: string; to?: string }[];
}

/** The top of every page: breadcrumb, the page's one h1, and its main actions (Ant Design Pro's PageHeader). */
export function PageHeader({ title, subTitle, extra, breadcrumb }: Props) {
  return (
    <header className="page-header">
      {breadcrumb && (
        <Breadcrumb items={breadcrumb.map((b) => ({ title: b.to ? <Link to={b.to}>{b.title}</Link> : b.title }))} />
      )}
      <Flex justify="space-between" align="center" wrap gap={12}>
        <div style={{ minWidth: 0 }}>
          <Typography.Title level={1} style={{ fontSize: 24, margin: '8px 0 4px' }}>
            {title}
          </Typography.Title>
          {subTitle && <Typography.Text type="secondary">{subTitle}</Typography.Text>}
        </div>
        {extra && (
          <Flex gap={8} wrap>
            {extra}
          </Flex>
        )}
      </Flex>
    </header>
  );
}
