import { ApiOutlined, ExperimentOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Col, Flex, Row, Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { currentLanguage } from '../i18n';
import { KINDS, type ListingKind } from '../listings/types';
import { CATEGORIES } from './categories';
import { SearchBox } from './SearchBox';
import { writeSearchParams } from './params';
import { Panel } from '../components/Panel';
import { Paragraph, Text, Title } from '../components/Text';

const ICONS: Record<ListingKind, ReactNode> = {
  capacity: <ApiOutlined />,
  equipment: <ExperimentOutlined />,
  ip: <SafetyCertificateOutlined />,
};

export default function HomePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const language = currentLanguage();
  useDocumentTitle(undefined);
  return (
    <>
      <section className="hero" aria-labelledby="home-title">
        <Title id="home-title" level={1} style={{ fontSize: 30, marginTop: 0 }}>
          {t('home.title')}
        </Title>
        <Paragraph type="secondary" style={{ fontSize: 16 }}>
          {t('home.subtitle')}
        </Paragraph>
        <div style={{ maxWidth: 640, margin: '0 auto' }}>
          <SearchBox onSearch={(q) => void navigate(`/search?${writeSearchParams({ q }).toString()}`)} />
        </div>
        <Flex gap={8} wrap justify="center" style={{ marginTop: 12 }}>
          <Text type="secondary">{t('home.try')}</Text>
          {t('home.examples', { returnObjects: true }).map((q) => (
            <Link key={q} to={`/search?${writeSearchParams({ q }).toString()}`}>
              {q}
            </Link>
          ))}
        </Flex>
      </section>
      <Row gutter={[16, 16]}>
        {KINDS.map((kind) => (
          <Col xs={24} md={8} key={kind}>
            <Panel
              title={
                <Title level={2} style={{ fontSize: 18, margin: 0 }}>
                  <span aria-hidden>{ICONS[kind]}</span> {t(`kind.${kind}`)}
                </Title>
              }
              extra={<Link to={`/search?kind=${kind}`}>{t('home.all')}</Link>}
              style={{ height: '100%' }}
            >
              <Paragraph type="secondary">{t(`home.kindIntro.${kind}`)}</Paragraph>
              <Flex gap={8} wrap>
                {CATEGORIES[kind].slice(0, 12).map((c) => (
                  <Link key={c.slug} to={`/search?${writeSearchParams({ kind, category: c.zh }).toString()}`}>
                    <Tag style={{ marginInlineEnd: 0, cursor: 'pointer' }}>{language === 'en' ? c.en : c.zh}</Tag>
                  </Link>
                ))}
              </Flex>
            </Panel>
          </Col>
        ))}
      </Row>
    </>
  );
}
