import { CalendarOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { saveDownload } from '../api/download';
import { useMessage } from '../components/feedback';

/** A confirmed booking as an .ics file, for the calendar either party already uses. */
export function AddToCalendar({ dealId }: { dealId: string }) {
  const { t } = useTranslation();
  const message = useMessage();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const { data: blob, response } = await api.GET('/api/v1/deals/{id}/calendar.ics', {
        params: { path: { id: dealId } },
        parseAs: 'blob',
      });
      saveDownload(blob as Blob, response, `booking-${dealId}.ics`);
    } catch {
      message.error(t('common.requestFailed'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button icon={<CalendarOutlined />} loading={busy} onClick={() => void run()}>
      {t('deal.addToCalendar')}
    </Button>
  );
}
