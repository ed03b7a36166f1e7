import { useTranslation } from 'react-i18next';
import { formatMoney } from '../i18n/format';
import { Text } from '../components/Text';

/** ¥500.00 / hour, or "negotiable" when a listing has no price. */
export function PriceText({
  priceFen,
  unit,
  strong,
}: {
  priceFen: number | null;
  unit: string | null;
  strong?: boolean;
}) {
  const { t } = useTranslation();
  if (priceFen === null) return <Text type="secondary">{t('price.negotiable')}</Text>;
  const units = ['hour', 'machine_hour', 'piece', 'sample', 'licence'] as const;
  const known = units.find((u) => u === unit);
  return (
    <Text strong={strong} style={{ color: '#cf1322', whiteSpace: 'nowrap' }}>
      {formatMoney(priceFen)}
      {known && <Text type="secondary">{` / ${t(`priceUnit.${known}`)}`}</Text>}
    </Text>
  );
}
