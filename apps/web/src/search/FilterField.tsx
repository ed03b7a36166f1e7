import type { ReactNode } from 'react';

/**
 * A filter's label above its control, as Ant Design's vertical Form.Item lays it out, without
 * the form library (the filters are not a form to submit: each change is a new address).
 * `htmlFor` names the control; without it the field is a group (fieldset and legend).
 */
export function FilterField({
  label,
  htmlFor,
  hint,
  children,
}: {
  label?: ReactNode;
  htmlFor?: string;
  hint?: ReactNode;
  children: ReactNode;
}) {
  const body = (
    <>
      {children}
      {hint && <div className="filter-hint">{hint}</div>}
    </>
  );
  if (htmlFor || !label)
    return (
      <div className="filter-field">
        {label && (
          <label className="filter-label" htmlFor={htmlFor}>
            {label}
          </label>
        )}
        {body}
      </div>
    );
  return (
    <fieldset className="filter-field">
      <legend className="filter-label">{label}</legend>
      {body}
    </fieldset>
  );
}
