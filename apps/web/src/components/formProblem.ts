import type { FormInstance } from 'antd';
import { ApiProblem } from '../api/problem';

type Notify = (text: string) => void;

function hasField(values: unknown, path: (string | number)[]): boolean {
  let node = values;
  for (const key of path) {
    if (node === null || typeof node !== 'object' || !(key in node)) return false;
    node = (node as Record<string | number, unknown>)[key];
  }
  return true;
}

/** `organization.uscc` or `details.capacity[0].quantity` → ['organization', 'uscc'] / ['details', 'capacity', 0, 'quantity']. */
export function fieldPath(field: string): (string | number)[] {
  return field
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter(Boolean)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * Shows an API problem where it belongs: each `errors[].field` at the form's field of that
 * name (`aliases` renames server fields the form spells otherwise), everything else — and
 * the problem itself when no field took it — through `notify` (a message or an alert).
 * Returns whether anything was put on a field.
 */
export function showProblem(
  error: unknown,
  notify: Notify,
  form?: FormInstance,
  fallback = 'Request failed',
  aliases: Record<string, string> = {},
): boolean {
  if (!(error instanceof ApiProblem)) {
    notify(fallback);
    return false;
  }
  const registered: unknown = form?.getFieldsValue();
  const atFields: { name: (string | number)[]; errors: string[] }[] = [];
  const elsewhere: string[] = [];
  // A domain error about one field names it in its details (`field: "url"`) rather than in errors[].
  const single = error.body.field;
  const violations =
    error.errors.length === 0 && typeof single === 'string'
      ? [{ field: single, message: error.detail ?? error.title }]
      : error.errors;
  for (const violation of violations) {
    const path = fieldPath(aliases[violation.field] ?? violation.field);
    if (form && hasField(registered, path)) {
      const existing = atFields.find((f) => f.name.join('.') === path.join('.'));
      if (existing) existing.errors.push(violation.message);
      else atFields.push({ name: path, errors: [violation.message] });
    } else elsewhere.push(`${violation.field}: ${violation.message}`);
  }
  if (form && atFields.length > 0) {
    form.setFields(atFields);
    form.scrollToField(atFields[0].name, { block: 'center' });
  }
  if (atFields.length === 0 || elsewhere.length > 0)
    notify(elsewhere.length > 0 && atFields.length > 0 ? elsewhere.join('; ') : (error.detail ?? error.title));
  return atFields.length > 0;
}
