import { DatePicker, InputNumber, Space } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { CHINA_TIME_ZONE } from '../i18n/format';
import { FilterField } from './FilterField';
import type { SearchParams } from './types';

/** Equipment free for a stretch of hours between two dates (the API's freeHours, freeFrom, freeTo). */
export default function FreeTimeFilter({
  params,
  onChange,
}: {
  params: SearchParams;
  onChange: (change: Partial<SearchParams>) => void;
}) {
  const { t } = useTranslation();
  return (
    <FilterField label={t('search.freeTime')} hint={t('search.freeTimeHint')}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <DatePicker.RangePicker
          aria-label={t('search.freeWindow')}
          style={{ width: '100%' }}
          value={params.freeFrom && params.freeTo ? [dayjs(params.freeFrom), dayjs(params.freeTo)] : null}
          disabledDate={(d) => d.isBefore(dayjs().startOf('day')) || d.isAfter(dayjs().add(60, 'day'))}
          onChange={(range) =>
            onChange(
              range?.[0] && range[1]
                ? {
                    freeFrom: range[0].tz(CHINA_TIME_ZONE, true).startOf('day').format(),
                    freeTo: range[1].tz(CHINA_TIME_ZONE, true).endOf('day').format(),
                    freeHours: params.freeHours ?? 2,
                  }
                : { freeFrom: undefined, freeTo: undefined, freeHours: undefined },
            )
          }
        />
        <InputNumber
          aria-label={t('search.freeHours')}
          min={0.5}
          max={24}
          step={0.5}
          disabled={!params.freeFrom}
          value={params.freeHours ?? null}
          onChange={(v) => onChange({ freeHours: v === null ? undefined : Number(v) })}
          style={{ width: '100%' }}
        />
      </Space>
    </FilterField>
  );
}
