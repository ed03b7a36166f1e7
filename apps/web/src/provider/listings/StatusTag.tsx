import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { TONE } from '../../components/tones';
import type { ListingStatus } from './types';

const STATUS_TONE: Record<ListingStatus, string> = {
  draft: '#595959',
  pending_review: TONE.blue,
  published: TONE.green,
  rejected: TONE.red,
  suspended: TONE.orange,
  archived: '#595959',
};

/** A listing's status in words, in a colour white text can be read on. */
export function StatusTag({ status }: { status: ListingStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_TONE[status]} style={{ marginInlineEnd: 0 }}>
      {t(`listingStatus.${status}`)}
    </Tag>
  );
}

/** Says that a live listing has an edit awaiting review. */
export function RevisionTag() {
  const { t } = useTranslation();
  return (
    <Tag color={TONE.gold} style={{ marginInlineEnd: 0 }}>
      {t('myListings.revisionPending')}
    </Tag>
  );
}
