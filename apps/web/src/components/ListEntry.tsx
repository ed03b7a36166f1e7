import type { ReactNode } from 'react';

/**
 * A list row's title and description. Ant Design's List.Item.Meta always renders an h4,
 * which breaks the heading order under a page's h1; this says which level, if any.
 */
export function ListEntry({
  title,
  description,
  heading,
}: {
  title: ReactNode;
  description?: ReactNode;
  heading?: 2 | 3;
}) {
  const Title = heading ? (`h${heading}` as const) : 'div';
  return (
    <div className="list-entry">
      <Title className="list-entry-title">{title}</Title>
      {description && <div className="list-entry-desc">{description}</div>}
    </div>
  );
}
