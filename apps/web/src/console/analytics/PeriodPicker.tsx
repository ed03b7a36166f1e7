import { DatePicker, Flex } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { MAX_MONTHS, type Period } from './period';

/** From and to months of the figures (two labelled month pickers: each input has its own name). */
export function PeriodPicker({
  period,
  onChange,
}: {
  period: Period;
  onChange: (fromMonth: string, toMonth: string) => void;
}) {
  const { t } = useTranslation();
  const from = dayjs(`${period.fromMonth}-01`);
  const to = dayjs(`${period.toMonth}-01`);
  const thisMonth = dayjs().endOf('month');
  const month = (d: Dayjs) => d.format('YYYY-MM');
  return (
    <fieldset style={{ border: 0, margin: 0, padding: 0, minWidth: 0 }}>
      <legend style={{ fontSize: 14, padding: 0, marginBottom: 4 }}>
        {t('console.analytics.period')}{' '}
        <span style={{ color: 'rgba(0, 0, 0, 0.65)' }}>({t('console.analytics.periodHint')})</span>
      </legend>
      <Flex gap={8} align="center" wrap>
        <label htmlFor="period-from" className="sr-only">
          {t('console.analytics.periodFrom')}
        </label>
        <DatePicker
          id="period-from"
          picker="month"
          allowClear={false}
          value={from}
          disabledDate={(d) => d.isAfter(to, 'month')}
          onChange={(d) => d && onChange(month(d), period.toMonth)}
        />
        <span aria-hidden>–</span>
        <label htmlFor="period-to" className="sr-only">
          {t('console.analytics.periodTo')}
        </label>
        <DatePicker
          id="period-to"
          picker="month"
          allowClear={false}
          value={to}
          disabledDate={(d) => d.isAfter(thisMonth) || d.isBefore(from, 'month') || d.diff(from, 'month') >= MAX_MONTHS}
          onChange={(d) => d && onChange(period.fromMonth, month(d))}
        />
      </Flex>
    </fieldset>
  );
}
