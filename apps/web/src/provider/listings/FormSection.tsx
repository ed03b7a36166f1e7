import { type ReactNode, useId } from 'react';

/** A titled part of a long form: an h2 under the page's h1, the part named by it. */
export function FormSection({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id} style={{ marginBottom: 8 }}>
      <h2
        id={id}
        style={{ fontSize: 16, margin: '8px 0 16px', paddingTop: 12, borderTop: '1px solid rgba(5, 5, 5, 0.06)' }}
      >
        {title}
      </h2>
      {children}
    </section>
  );
}
