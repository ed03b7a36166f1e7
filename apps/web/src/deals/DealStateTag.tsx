import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DealState } from './types';
import { TONE } from '../components/tones';

const COLORS: Partial<Record<DealState, string>> = {
  requested: TONE.blue,
  countered: TONE.orange,
  confirmed: TONE.green,
  accepted: TONE.green,
  samples_received: TONE.blue,
  report_delivered: TONE.blue,
  in_production: TONE.blue,
  shipped: TONE.blue,
  received: TONE.green,
  declined: TONE.red,
  no_show: TONE.red,
};

export function DealStateTag({ state }: { state: DealState }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[state]}>{t(`dealState.${state}`)}</Tag>;
}
