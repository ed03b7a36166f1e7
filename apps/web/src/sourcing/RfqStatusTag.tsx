import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { TONE } from '../components/tones';
import type { RfqStatus } from './types';

const COLORS: Partial<Record<RfqStatus, string>> = {
  open: TONE.green,
  closed: TONE.orange,
  awarded: TONE.blue,
  cancelled: TONE.red,
};

export function RfqStatusTag({ status }: { status: RfqStatus }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[status]}>{t(`sourcing.status.${status}`)}</Tag>;
}
