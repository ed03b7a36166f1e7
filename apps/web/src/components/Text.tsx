import type { CSSProperties, ReactNode } from 'react';

/**
 * Text in Ant Design Typography's look without its component, which brings Tooltip and
 * Input (for ellipsis and editing) to every page that shows a line of text. For the public
 * pages, whose first load has a budget.
 */
interface Props {
  type?: 'secondary';
  strong?: boolean;
  style?: CSSProperties;
  className?: string;
  children?: ReactNode;
}

function classes(base: string, { type, strong, className }: Props, extra?: string): string {
  return [base, type === 'secondary' && 'text-secondary', strong && 'text-strong', extra, className]
    .filter(Boolean)
    .join(' ');
}

export function Text(props: Props & { role?: string }) {
  return (
    <span className={classes('text', props)} style={props.style} role={props.role}>
      {props.children}
    </span>
  );
}

/** A paragraph; `ellipsis.rows` cuts it to that many lines. */
export function Paragraph(props: Props & { ellipsis?: { rows: number } }) {
  const clamp: CSSProperties | undefined = props.ellipsis
    ? { WebkitLineClamp: props.ellipsis.rows, ...props.style }
    : props.style;
  return (
    <p className={classes('paragraph', props, props.ellipsis && 'text-clamp')} style={clamp}>
      {props.children}
    </p>
  );
}

export function Title(props: Props & { level: 1 | 2 | 3; id?: string }) {
  const Heading = `h${props.level}` as const;
  return (
    <Heading id={props.id} className={classes('title', props)} style={props.style}>
      {props.children}
    </Heading>
  );
}
