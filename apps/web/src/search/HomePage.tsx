import { ApiOutlined, ExperimentOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Card, Col, Flex, Row, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { currentLanguage } from '../i18n';
import { KINDS, type ListingKind } from '../listings/types';
import { CATEGORIES } from './categories';
import { SearchBox } from './SearchBox';
import { writeSearchParams } from './params';

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
        <Typography.Title id="home-title" level={1} style={{ fontSize: 30, marginTop: 0 }}>
          {t('home.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ fontSize: 16 }}>
          {t('home.subtitle')}
        </Typography.Paragraph>
        <div style={{ maxWidth: 640, margin: '0 auto' }}>
          <SearchBox onSearch={(q) => void navigate(`/search?${writeSearchParams({ q }).toString()}`)} />
        </div>
        <Flex gap={8} wrap justify="center" style={{ marginTop: 12 }}>
          <Typography.Text type="secondary">{t('home.try')}</Typography.Text>
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
            <Card
              title={
                <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
                  <span aria-hidden>{ICONS[kind]}</span> {t(`kind.${kind}`)}
                </Typography.Title>
              }
              extra={<Link to={`/search?kind=${kind}`}>{t('home.all')}</Link>}
              style={{ height: '100%' }}
            >
              <Typography.Paragraph type="secondary">{t(`home.kindIntro.${kind}`)}</Typography.Paragraph>
              <Flex gap={8} wrap>
                {CATEGORIES[kind].slice(0, 12).map((c) => (
                  <Link key={c.slug} to={`/search?${writeSearchParams({ kind, category: c.zh }).toString()}`}>
                    <Tag style={{ marginInlineEnd: 0, cursor: 'pointer' }}>{language === 'en' ? c.en : c.zh}</Tag>
                  </Link>
                ))}
              </Flex>
            </Card>
          </Col>
        ))}
      </Row>
    </>
  );
}
