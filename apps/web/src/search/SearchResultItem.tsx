import { CheckCircleFilled, EnvironmentOutlined } from '@ant-design/icons';
import { Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLanguage } from '../i18n';
import { PriceText } from '../listings/PriceText';
import { categoryName } from './categories';
import { Highlight } from './Highlight';
import { useRegionName } from './regions';
import type { SearchHit } from './types';
import { KIND_TONE, TONE } from '../components/tones';
import { Panel } from '../components/Panel';
import { Paragraph, Title } from '../components/Text';

export function SearchResultItem({ hit }: { hit: SearchHit }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const regionName = useRegionName();
  const d = hit.document;
  const title = language === 'en' && d.titleEn ? d.titleEn : d.title;
  const description = language === 'en' && d.descriptionEn ? d.descriptionEn : d.description;
  const place = regionName(d.regionCode, language);
  return (
    <Panel size="small" style={{ marginBottom: 12 }}>
      <article>
        <Flex gap={8} align="baseline" wrap>
          <Tag color={KIND_TONE[d.kind]}>{t(`kind.${d.kind}`)}</Tag>
          <Title level={2} style={{ fontSize: 17, margin: 0, minWidth: 0, flex: 1 }}>
            <Link to={`/listings/${d.id}`}>
              <Highlight html={language === 'en' && d.titleEn ? undefined : hit.highlights.title} fallback={title} />
            </Link>
          </Title>
          <PriceText priceFen={d.priceFen} unit={d.priceUnit} strong />
        </Flex>
        <Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ margin: '8px 0' }}>
          <Highlight
            html={language === 'en' && d.descriptionEn ? undefined : hit.highlights.description}
            fallback={description}
          />
        </Paragraph>
        <Flex gap={12} wrap style={{ fontSize: 13 }}>
          <span>{categoryName(d.kind, d.category, language)}</span>
          {place && (
            <span>
              <EnvironmentOutlined aria-hidden /> {place}
            </span>
          )}
          <span>
            {d.provider.name}{' '}
            {d.provider.verified && (
              <Tag color={TONE.green} icon={<CheckCircleFilled />} style={{ marginInlineStart: 4 }}>
                {t('provider.verified')}
              </Tag>
            )}
          </span>
          {d.certifications.slice(0, 3).map((c) => (
            <Tag key={c}>{c}</Tag>
          ))}
          {d.openLicence && <Tag color={TONE.gold}>{t('listing.openLicence')}</Tag>}
        </Flex>
      </article>
    </Panel>
  );
}
