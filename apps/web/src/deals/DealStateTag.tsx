import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DealState } from './types';

const COLORS: Partial<Record<DealState, string>> = {
  requested: 'processing',
  countered: 'warning',
  confirmed: 'success',
  accepted: 'success',
  samples_received: 'processing',
  report_delivered: 'processing',
  completed: 'default',
  declined: 'error',
  expired: 'default',
  cancelled: 'default',
  no_show: 'error',
};

export function DealStateTag({ state }: { state: DealState }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[state]}>{t(`dealState.${state}`)}</Tag>;
}
