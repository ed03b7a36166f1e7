import { Flex } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Text, Title } from './Text';

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
        // Ant Design's Breadcrumb markup without its component, which brings Dropdown and Menu along.
        <nav className="ant-breadcrumb">
          <ol>
            {breadcrumb.map((b, i) => (
              <li key={i}>
                {i > 0 && (
                  <span className="ant-breadcrumb-separator" aria-hidden>
                    /
                  </span>
                )}
                {b.to ? (
                  <Link to={b.to} className="ant-breadcrumb-link">
                    {b.title}
                  </Link>
                ) : (
                  <span className="ant-breadcrumb-link" aria-current={i === breadcrumb.length - 1 ? 'page' : undefined}>
                    {b.title}
                  </span>
                )}
              </li>
            ))}
          </ol>
        </nav>
      )}
      <Flex justify="space-between" align="center" wrap gap={12}>
        <div style={{ minWidth: 0 }}>
          <Title level={1} style={{ fontSize: 24, margin: '8px 0 4px' }}>
            {title}
          </Title>
          {subTitle && <Text type="secondary">{subTitle}</Text>}
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
