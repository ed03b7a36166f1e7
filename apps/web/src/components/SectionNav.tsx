import { Flex } from 'antd';
import type { ReactNode } from 'react';
import { NavLink } from 'react-router';
import { TONE } from './tones';

export interface SectionLink {
  to: string;
  label: string;
}

/**
 * Links between the pages of one section (the enterprise's, a park console's, the platform
 * admin's), shown as pills under each page's header; the current page's is filled. `end`
 * false keeps a link current on the pages below it too; `extra` sits at the row's right.
 */
export function SectionNav({
  label,
  links,
  end = true,
  extra,
}: {
  label: string;
  links: SectionLink[];
  end?: boolean;
  extra?: ReactNode;
}) {
  const nav = (
    <nav aria-label={label} style={extra ? undefined : { marginBottom: 16 }}>
      <Flex wrap gap={8} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {links.map((l) => (
          <li key={l.to}>
            <NavLink
              to={l.to}
              end={end}
              style={({ isActive }) => ({
                display: 'inline-block',
                padding: '4px 12px',
                borderRadius: 16,
                border: `1px solid ${isActive ? TONE.blue : '#d9d9d9'}`,
                background: isActive ? TONE.blue : '#fff',
                color: isActive ? '#fff' : 'rgba(0, 0, 0, 0.88)',
              })}
            >
              {l.label}
            </NavLink>
          </li>
        ))}
      </Flex>
    </nav>
  );
  if (!extra) return nav;
  return (
    <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 16 }}>
      {nav}
      {extra}
    </Flex>
  );
}
