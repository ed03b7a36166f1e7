import { List, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ListEntry } from '../components/ListEntry';
import { currentLanguage } from '../i18n';
import { formatDate, formatDateTime } from '../i18n/format';
import { useRegionName } from '../search/regions';
import { RfqStatusTag } from './RfqStatusTag';
import type { Rfq } from './types';

/** `piece` → 件; a unit the API keeps as written stays as written. */
export function useUnitName(): (unit: string) => string {
  const { t, i18n } = useTranslation();
  return (unit) => (i18n.exists(`sourcing.unit.${unit}`) ? t(`sourcing.unit.${unit}` as 'sourcing.unit.piece') : unit);
}

/** A page of RFQs (the board or the buyer's own), each linking to its page. */
export function RfqList({
  items,
  page,
  total,
  limit,
  onPage,
  showBuyer,
}: {
  items: Rfq[];
  page: number;
  total: number;
  limit: number;
  onPage: (page: number) => void;
  showBuyer: boolean;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const unitName = useUnitName();
  const regionName = useRegionName();
  return (
    <List
      itemLayout="vertical"
      dataSource={items}
      pagination={total > limit ? { current: page, pageSize: limit, total, align: 'center', onChange: onPage } : false}
      renderItem={(rfq) => (
        <List.Item key={rfq.id} extra={<RfqStatusTag status={rfq.status} />}>
          <ListEntry
            heading={2}
            title={<Link to={`/rfqs/${rfq.id}`}>{rfq.title}</Link>}
            description={
              <Space wrap size={[12, 4]}>
                {showBuyer && rfq.organizationName && <span>{rfq.organizationName}</span>}
                <span>{t('sourcing.rfq.quantityOf', { quantity: rfq.quantity, unit: unitName(rfq.unit) })}</span>
                <span>{rfq.category}</span>
                <span>
                  {t('sourcing.rfq.deliverBy', { date: formatDate(rfq.deliveryDate, language) })}
                  {regionName(rfq.deliveryRegionCode, language) && ` · ${regionName(rfq.deliveryRegionCode, language)}`}
                </span>
                <span>{t('sourcing.rfq.deadlineAt', { when: formatDateTime(rfq.quoteDeadline) })}</span>
                {rfq.ndaRequired && <Tag>{t('sourcing.rfq.ndaRequired')}</Tag>}
                {rfq.visibility !== 'public' && <Tag>{t(`sourcing.visibility.${rfq.visibility}`)}</Tag>}
              </Space>
            }
          />
        </List.Item>
      )}
    />
  );
}
