import { CheckCircleFilled, StarFilled, TrophyOutlined } from '@ant-design/icons';
import { Descriptions, Flex, Skeleton, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n';
import { useRegionName } from '../search/regions';
import { useOrganization, useOrganizationReviews } from './queries';
import { Stars } from './Stars';
import { TONE } from '../components/tones';
import { Panel } from '../components/Panel';
import { Paragraph, Text } from '../components/Text';

const BADGE_TIERS = ['innovative_sme', 'provincial', 'little_giant'] as const;

/** Who offers the listing: verification, size class, 专精特新 badge, ratings. */
export function ProviderCard({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const regionName = useRegionName();
  const org = useOrganization(organizationId);
  const reviews = useOrganizationReviews(organizationId);
  const title = <h2 style={{ fontSize: 16, margin: 0 }}>{t('provider.title')}</h2>;
  if (org.isPending)
    return (
      <Panel title={title}>
        <Skeleton active />
      </Panel>
    );
  if (org.isError)
    return (
      <Panel title={title}>
        <Text type="secondary">{t('common.loadFailed')}</Text>
      </Panel>
    );
  const o = org.data;
  const badgeTier = BADGE_TIERS.find((tier) => tier === o.badge);
  return (
    <Panel title={title}>
      <Paragraph strong style={{ fontSize: 15 }}>
        {language === 'en' && o.nameEn ? o.nameEn : o.name}
      </Paragraph>
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
              <Stars value={reviews.data.averageRating} />{' '}
              {t('reviews.average', { rating: reviews.data.averageRating.toFixed(1), count: reviews.data.count })}
            </span>
          ) : (
            <Text type="secondary">
              <StarFilled aria-hidden /> {t('reviews.none')}
            </Text>
          )}
        </Descriptions.Item>
      </Descriptions>
      {o.description && (
        <Paragraph type="secondary" ellipsis={{ rows: 3 }}>
          {o.description}
        </Paragraph>
      )}
    </Panel>
  );
}
