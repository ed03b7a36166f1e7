import { CheckCircleFilled, StarFilled, TrophyOutlined } from '@ant-design/icons';
import { Card, Descriptions, Flex, Rate, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n';
import { regionName } from '../search/regions';
import { useOrganization, useOrganizationReviews } from './queries';
import { TONE } from '../components/tones';

const BADGE_TIERS = ['innovative_sme', 'provincial', 'little_giant'] as const;

/** Who offers the listing: verification, size class, 专精特新 badge, ratings. */
export function ProviderCard({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const org = useOrganization(organizationId);
  const reviews = useOrganizationReviews(organizationId);
  const title = <h2 style={{ fontSize: 16, margin: 0 }}>{t('provider.title')}</h2>;
  if (org.isPending)
    return (
      <Card title={title}>
        <Skeleton active />
      </Card>
    );
  if (org.isError)
    return (
      <Card title={title}>
        <Typography.Text type="secondary">{t('common.loadFailed')}</Typography.Text>
      </Card>
    );
  const o = org.data;
  const badgeTier = BADGE_TIERS.find((tier) => tier === o.badge);
  return (
    <Card title={title}>
      <Typography.Paragraph strong style={{ fontSize: 15 }}>
        {language === 'en' && o.nameEn ? o.nameEn : o.name}
      </Typography.Paragraph>
      <Flex gap={4} wrap style={{ marginBottom: 12 }}>
        {o.verificationState === 'verified' ? (
          <Tag color={TONE.green} icon={<CheckCircleFilled />}>
            {t('provider.verified')}
          </Tag>
        ) : (
          <Tag>{t('provider.unverified')}</Tag>
        )}
        {o.sizeClass && <Tag color={TONE.blue}>{t(`sizeClass.${o.sizeClass}`)}</Tag>}
        {badgeTier && (
          <Tag color={TONE.gold} icon={<TrophyOutlined />}>
            {t(`badge.${badgeTier}`)}
          </Tag>
        )}
      </Flex>
      <Descriptions size="small" column={1}>
        {o.regionCode && (
          <Descriptions.Item label={t('provider.region')}>
            {regionName(o.regionCode, language) ?? o.regionCode}
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('provider.rating')}>
          {reviews.data?.averageRating ? (
            <span>
              <Rate disabled allowHalf value={reviews.data.averageRating} style={{ fontSize: 14 }} aria-hidden />{' '}
              {t('reviews.average', { rating: reviews.data.averageRating.toFixed(1), count: reviews.data.count })}
            </span>
          ) : (
            <Typography.Text type="secondary">
              <StarFilled aria-hidden /> {t('reviews.none')}
            </Typography.Text>
          )}
        </Descriptions.Item>
      </Descriptions>
      {o.description && (
        <Typography.Paragraph type="secondary" ellipsis={{ rows: 3 }}>
          {o.description}
        </Typography.Paragraph>
      )}
    </Card>
  );
}
