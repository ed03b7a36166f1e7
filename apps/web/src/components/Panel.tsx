import type { CSSProperties, ReactNode } from 'react';

/**
 * A titled box that looks like Ant Design's Card, for the public pages (home, search,
 * listing). Card brings Tabs, Menu and Dropdown along (some 40 KB gzip) for features these
 * pages never use; their first load has a budget (≤ 300 KB for any route).
 */
export function Panel({
  title,
  extra,
  size,
  style,
  className,
  children,
}: {
  title?: ReactNode;
  extra?: ReactNode;
  size?: 'small';
  style?: CSSProperties;
  className?: string;
  children?: ReactNode;
}) {
  return (
    <section
      className={['panel', size === 'small' ? 'panel-small' : '', className ?? ''].join(' ').trim()}
      style={style}
    >
      {(title || extra) && (
        <div className="panel-head">
          <div className="panel-title">{title}</div>
          {extra && <div className="panel-extra">{extra}</div>}
        </div>
      )}
      <div className="panel-body">{children}</div>
    </section>
  );
}
