import type { TFunction } from 'i18next';
import { AUDIT_ACTIONS, type AuditAction } from './queries';

/** An audit action's name in the reader's language (the raw action when it is one this app does not know yet). */
export function auditActionName(t: TFunction, action: string): string {
  return (AUDIT_ACTIONS as readonly string[]).includes(action)
    ? t(`console.operator.audit.actions.${action as AuditAction}`)
    : action;
}
