import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Cascader, Flex, Form, Input, Space, Table } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../account/session';
import { api, data } from '../../api/client';
import { useMessage } from '../../components/feedback';
import { showProblem } from '../../components/formProblem';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { currentLanguage } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { regionCodeOf } from '../../provider/listings/listingForm';
import { regionOptions, useRegionName, useRegions } from '../../search/regions';
import { AdminNav, AdminOnly } from './AdminNav';
import { consolePaths } from './paths';
import { type Park, useParks } from './queries';

interface NewParkValues {
  name: string;
  /** The region cascader's path: province, city, county prefixes. */
  region: string[];
  operator: { name: string; uscc?: string; adminEmail: string };
}

function NewParkCard() {
  const { t } = useTranslation();
  const message = useMessage();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<NewParkValues>();
  const language = currentLanguage();
  const regionTree = useRegions();
  const regions = useMemo(() => regionOptions(regionTree, language, { counties: true }), [regionTree, language]);
  const create = useMutation({
    mutationFn: (v: NewParkValues) =>
      data(
        api.POST('/api/v1/parks', {
          body: {
            name: v.name.trim(),
            regionCode: regionCodeOf(v.region) ?? '',
            operator: {
              name: v.operator.name.trim(),
              adminEmail: v.operator.adminEmail.trim(),
              ...(v.operator.uscc?.trim() ? { uscc: v.operator.uscc.trim().toUpperCase() } : {}),
            },
          },
        }),
      ),
    onSuccess: (created) => {
      message.success(
        t('console.admin.parkCreated', { name: created.park.name, email: created.invitation?.email ?? '' }),
      );
      form.resetFields();
      void queryClient.invalidateQueries({ queryKey: ['console', 'parks'] });
    },
    onError: (error) => showProblem(error, (m) => void message.error(m), form, t('common.requestFailed')),
  });
  return (
    <section aria-labelledby="new-park">
      <Card
        title={
          <h2 id="new-park" style={{ fontSize: 16, margin: 0 }}>
            {t('console.admin.newPark')}
          </h2>
        }
      >
        <Form<NewParkValues> form={form} layout="vertical" requiredMark={false} onFinish={(v) => create.mutate(v)}>
          <Flex gap={12} wrap>
            <Form.Item
              name="name"
              label={t('console.admin.parkName')}
              style={{ flex: '2 1 220px' }}
              rules={[{ required: true, message: t('form.required') }]}
            >
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item
              name="region"
              label={t('console.admin.region')}
              style={{ flex: '1 1 220px' }}
              rules={[{ required: true, message: t('form.required') }]}
            >
              {/* The listing form's cascader: province → city → county, any level, searchable. */}
              <Cascader options={regions} changeOnSelect allowClear showSearch />
            </Form.Item>
          </Flex>
          <Flex gap={12} wrap>
            <Form.Item
              name={['operator', 'name']}
              label={t('console.admin.operatorName')}
              style={{ flex: '2 1 220px' }}
              rules={[{ required: true, message: t('form.required') }]}
            >
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item
              name={['operator', 'uscc']}
              label={t('console.admin.operatorUscc')}
              style={{ flex: '1 1 200px' }}
            >
              <Input maxLength={18} />
            </Form.Item>
            <Form.Item
              name={['operator', 'adminEmail']}
              label={t('console.admin.operatorEmail')}
              extra={t('console.admin.operatorEmailHint')}
              style={{ flex: '2 1 220px' }}
              rules={[
                { required: true, message: t('form.required') },
                { type: 'email', message: t('form.email') },
              ]}
            >
              <Input type="email" inputMode="email" autoComplete="off" maxLength={254} />
            </Form.Item>
          </Flex>
          <Button type="primary" htmlType="submit" loading={create.isPending}>
            {t('console.admin.create')}
          </Button>
        </Form>
      </Card>
    </section>
  );
}

/** Every park with its operator organization, the way to its queues and figures, and a new park. */
export default function AdminParksPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const parks = useParks();
  const language = currentLanguage();
  const regionName = useRegionName();
  useDocumentTitle(t('console.admin.parks'));
  if (!me?.isPlatformAdmin) return <AdminOnly />;
  return (
    <>
      <PageHeader
        title={t('console.admin.parks')}
        subTitle={t('console.admin.parksSubtitle')}
        breadcrumb={[{ title: t('console.admin.section') }, { title: t('console.admin.parks') }]}
      />
      <AdminNav />
      <Flex vertical gap={16}>
        <QueryState query={parks}>
          {(rows) => (
            <Table<Park>
              rowKey="id"
              dataSource={rows}
              pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
              scroll={{ x: 'max-content' }}
              columns={[
                { title: t('console.admin.parkName'), dataIndex: 'name' },
                {
                  title: t('console.admin.region'),
                  dataIndex: 'regionCode',
                  render: (code: string) => regionName(code, language) ?? code,
                },
                { title: t('console.admin.operator'), render: (_, p) => p.operator.name },
                {
                  title: t('console.admin.created'),
                  dataIndex: 'createdAt',
                  render: (d: string) => formatDate(d, language),
                },
                {
                  title: t('console.admin.actions'),
                  render: (_, p) => (
                    <Space wrap>
                      <Link
                        to={consolePaths.parkQueues(p.id)}
                        aria-label={`${t('console.admin.parkQueues')}: ${p.name}`}
                      >
                        {t('console.admin.parkQueues')}
                      </Link>
                      <Link
                        to={consolePaths.parkAnalytics(p.id)}
                        aria-label={`${t('console.admin.parkAnalytics')}: ${p.name}`}
                      >
                        {t('console.admin.parkAnalytics')}
                      </Link>
                    </Space>
                  ),
                },
              ]}
            />
          )}
        </QueryState>
        <NewParkCard />
      </Flex>
    </>
  );
}
