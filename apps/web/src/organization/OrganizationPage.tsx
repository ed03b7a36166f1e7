import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Flex,
  Form,
  Input,
  InputNumber,
  List,
  Popconfirm,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, body } from '../api/client';
import type { components } from '../api/schema';
import { useMessage } from '../components/feedback';
import { showProblem } from '../components/formProblem';
import { PageHeader } from '../components/PageHeader';
import { QueryState } from '../components/QueryState';
import { TONE } from '../components/tones';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { currentLanguage } from '../i18n';
import { formatDate, formatMoney, yuanToFen } from '../i18n/format';
import { useRegionName } from '../search/regions';
import { NoOrganization, OrganizationNav } from './OrganizationNav';
import { type Organization, useMyOrganization, useOrganizationProfile, useParks } from './queries';
import { VerificationDocumentsCard } from './VerificationDocumentsCard';

type Patch = components['schemas']['UpdateOrganizationDto'];

const VERIFICATION_TONE = { unverified: TONE.gold, verified: TONE.green, rejected: TONE.red } as const;
const BADGE_TONE = { pending: TONE.gold, verified: TONE.green, rejected: TONE.red } as const;
const TIERS = ['innovative_sme', 'provincial', 'little_giant'] as const;

const cardTitle = (text: string) => <h2 style={{ fontSize: 16, margin: 0 }}>{text}</h2>;

/** PATCH /organizations/:id, keeping the shared cache entry (the provider card reads it too) current. */
function useUpdateOrganization(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: Patch) =>
      body<Organization>(api.PATCH('/api/v1/organizations/{id}', { params: { path: { id } }, body: patch })),
    onSuccess: (organization) => queryClient.setQueryData(['organization', id], organization),
  });
}

interface ProfileValues {
  name: string;
  nameEn?: string;
  uscc?: string;
  industrySection?: string;
  industryDivision?: string;
  employees?: number | null;
  revenueYuan?: string;
  description?: string;
  website?: string;
  address?: string;
  contact?: { name?: string; phone?: string; email?: string };
}

const orNull = (text: string | undefined) => (text?.trim() ? text.trim() : null);

function ProfileCard({ organization, canAdmin }: { organization: Organization; canAdmin: boolean }) {
  const { t } = useTranslation();
  const message = useMessage();
  const [form] = Form.useForm<ProfileValues>();
  const [editing, setEditing] = useState(false);
  const update = useUpdateOrganization(organization.id);
  const regionName = useRegionName();
  const locked = organization.verificationState === 'verified';
  const notSet = <Typography.Text type="secondary">{t('org.profile.notSet')}</Typography.Text>;
  const text = (value: string | null | undefined) => (value ? value : notSet);

  const save = async (v: ProfileValues) => {
    const patch = {
      ...(!locked && { name: v.name.trim(), uscc: v.uscc?.trim() || undefined }),
      nameEn: orNull(v.nameEn),
      industrySection: orNull(v.industrySection)?.toUpperCase() ?? null,
      industryDivision: orNull(v.industryDivision)?.toUpperCase() ?? null,
      employees: v.employees ?? null,
      annualRevenueFen: yuanToFen(v.revenueYuan) ?? null,
      description: orNull(v.description),
      website: orNull(v.website),
      address: orNull(v.address),
      contact: {
        name: v.contact?.name?.trim() || undefined,
        phone: v.contact?.phone?.trim() || undefined,
        email: v.contact?.email?.trim() || undefined,
      },
    } as Patch;
    try {
      await update.mutateAsync(patch);
      message.success(t('org.profile.saved'));
      setEditing(false);
    } catch (error) {
      showProblem(error, (m) => void message.error(m), form, t('common.requestFailed'), {
        annualRevenueFen: 'revenueYuan',
      });
    }
  };

  const startEditing = () => {
    form.setFieldsValue({
      name: organization.name,
      nameEn: organization.nameEn ?? '',
      uscc: organization.uscc ?? '',
      industrySection: organization.industrySection ?? '',
      industryDivision: organization.industryDivision ?? '',
      employees: organization.employees ?? null,
      revenueYuan:
        organization.annualRevenueFen !== null && organization.annualRevenueFen !== undefined
          ? String(organization.annualRevenueFen / 100)
          : '',
      description: organization.description ?? '',
      website: organization.website ?? '',
      address: organization.address ?? '',
      contact: {
        name: organization.contact?.name ?? '',
        phone: organization.contact?.phone ?? '',
        email: organization.contact?.email ?? '',
      },
    });
    setEditing(true);
  };

  return (
    <Card
      title={cardTitle(t('org.profile.details'))}
      extra={
        canAdmin &&
        !editing && (
          <Button type="primary" onClick={startEditing}>
            {t('org.profile.edit')}
          </Button>
        )
      }
    >
      {editing ? (
        <Form<ProfileValues> form={form} layout="vertical" requiredMark={false} onFinish={(v) => void save(v)}>
          {locked && <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t('org.profile.lockedHint')} />}
          <Form.Item
            name="name"
            label={t('org.profile.name')}
            rules={[{ required: true, whitespace: true, message: t('form.required') }]}
          >
            <Input maxLength={200} disabled={locked} />
          </Form.Item>
          <Form.Item name="nameEn" label={t('org.profile.nameEn')}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="uscc" label={t('org.profile.uscc')} extra={t('org.profile.regionHint')}>
            <Input maxLength={18} disabled={locked} autoComplete="off" />
          </Form.Item>
          <Flex gap={12} wrap>
            <Form.Item name="industrySection" label={t('org.profile.industrySection')} style={{ flex: '1 1 200px' }}>
              <Input maxLength={1} placeholder="C" />
            </Form.Item>
            <Form.Item name="industryDivision" label={t('org.profile.industryDivision')} style={{ flex: '1 1 200px' }}>
              <Input maxLength={3} placeholder="C34" />
            </Form.Item>
          </Flex>
          <Typography.Paragraph type="secondary">{t('org.profile.sizeHint')}</Typography.Paragraph>
          <Flex gap={12} wrap>
            <Form.Item name="employees" label={t('org.profile.employees')} style={{ flex: '1 1 200px' }}>
              <InputNumber min={0} max={10_000_000} precision={0} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item
              name="revenueYuan"
              label={t('org.profile.revenue')}
              style={{ flex: '1 1 200px' }}
              rules={[
                {
                  validator: (_, value: string | undefined) =>
                    !value || yuanToFen(value) !== undefined
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('org.profile.revenue'))),
                },
              ]}
            >
              <Input inputMode="decimal" />
            </Form.Item>
          </Flex>
          <Form.Item name="description" label={t('org.profile.description')}>
            <Input.TextArea rows={4} maxLength={5000} />
          </Form.Item>
          <Form.Item name="website" label={t('org.profile.website')}>
            <Input maxLength={300} inputMode="url" />
          </Form.Item>
          <Form.Item name="address" label={t('org.profile.address')}>
            <Input maxLength={500} />
          </Form.Item>
          <Flex gap={12} wrap>
            <Form.Item name={['contact', 'name']} label={t('org.profile.contactName')} style={{ flex: '1 1 200px' }}>
              <Input maxLength={100} autoComplete="off" />
            </Form.Item>
            <Form.Item name={['contact', 'phone']} label={t('org.profile.contactPhone')} style={{ flex: '1 1 200px' }}>
              <Input maxLength={40} inputMode="tel" autoComplete="off" />
            </Form.Item>
            <Form.Item
              name={['contact', 'email']}
              label={t('org.profile.contactEmail')}
              style={{ flex: '1 1 200px' }}
              rules={[{ type: 'email', message: t('form.email') }]}
            >
              <Input maxLength={254} inputMode="email" autoComplete="off" />
            </Form.Item>
          </Flex>
          <Space>
            <Button type="primary" htmlType="submit" loading={update.isPending}>
              {t('org.profile.save')}
            </Button>
            <Button onClick={() => setEditing(false)}>{t('org.profile.cancel')}</Button>
          </Space>
        </Form>
      ) : (
        <Descriptions
          size="small"
          bordered
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'name', label: t('org.profile.name'), children: organization.name },
            { key: 'nameEn', label: t('org.profile.nameEn'), children: text(organization.nameEn) },
            { key: 'uscc', label: t('org.profile.uscc'), children: text(organization.uscc) },
            {
              key: 'region',
              label: t('org.profile.region'),
              // The place's name; the code only if the tree does not know it (or has not loaded yet).
              children: text(regionName(organization.regionCode, currentLanguage()) ?? organization.regionCode),
            },
            {
              key: 'industry',
              label: t('org.profile.industryDivision'),
              children: text(organization.industryDivision ?? organization.industrySection),
            },
            {
              key: 'size',
              label: t('org.profile.sizeClass'),
              children: organization.sizeClass ? t(`sizeClass.${organization.sizeClass}`) : notSet,
            },
            {
              key: 'employees',
              label: t('org.profile.employees'),
              children: organization.employees ?? notSet,
            },
            {
              key: 'revenue',
              label: t('org.profile.revenue'),
              children:
                organization.annualRevenueFen !== null && organization.annualRevenueFen !== undefined
                  ? formatMoney(organization.annualRevenueFen)
                  : notSet,
            },
            { key: 'website', label: t('org.profile.website'), children: text(organization.website) },
            { key: 'address', label: t('org.profile.address'), children: text(organization.address) },
            {
              key: 'contact',
              label: t('org.profile.contact'),
              children: organization.contact
                ? [organization.contact.name, organization.contact.phone, organization.contact.email]
                    .filter(Boolean)
                    .join(' · ') || notSet
                : notSet,
            },
            {
              key: 'description',
              label: t('org.profile.description'),
              span: { xs: 1, md: 2 },
              children: organization.description ? (
                <span style={{ whiteSpace: 'pre-wrap' }}>{organization.description}</span>
              ) : (
                notSet
              ),
            },
          ]}
        />
      )}
    </Card>
  );
}

function VerificationCard({ organization }: { organization: Organization }) {
  const { t } = useTranslation();
  const state = organization.verificationState;
  return (
    <Card title={cardTitle(t('org.verify.title'))}>
      <Descriptions
        size="small"
        column={1}
        items={[
          {
            key: 'state',
            label: t('org.verify.state'),
            children: <Tag color={VERIFICATION_TONE[state]}>{t(`org.verification.${state}`)}</Tag>,
          },
          ...(organization.verificationReason
            ? [{ key: 'reason', label: t('org.verify.reason'), children: organization.verificationReason }]
            : []),
          ...(organization.verifiedAt
            ? [
                {
                  key: 'at',
                  label: t('org.verify.verifiedAt'),
                  children: formatDate(organization.verifiedAt, currentLanguage()),
                },
              ]
            : []),
        ]}
      />
      {state !== 'verified' && <Typography.Paragraph type="secondary">{t('org.verify.hint')}</Typography.Paragraph>}
    </Card>
  );
}

interface BadgeValues {
  badge: { tier: (typeof TIERS)[number]; issuingAuthority: string; certificateNumber: string; expiresOn: string };
}

function BadgeCard({ organization, canAdmin }: { organization: Organization; canAdmin: boolean }) {
  const { t } = useTranslation();
  const message = useMessage();
  const [form] = Form.useForm<BadgeValues>();
  const [claiming, setClaiming] = useState(false);
  const update = useUpdateOrganization(organization.id);
  const badge = organization.badgeOnRecord ?? null;

  const claim = async (v: BadgeValues) => {
    try {
      await update.mutateAsync({ badge: { ...v.badge, expiresOn: v.badge.expiresOn.trim() } });
      message.success(t('org.badge.claimed'));
      setClaiming(false);
    } catch (error) {
      showProblem(error, (m) => void message.error(m), form, t('common.requestFailed'), {
        tier: 'badge.tier',
        issuingAuthority: 'badge.issuingAuthority',
        certificateNumber: 'badge.certificateNumber',
        expiresOn: 'badge.expiresOn',
      });
    }
  };
  const withdraw = async () => {
    try {
      await update.mutateAsync({ badge: null } as unknown as Patch);
      message.success(t('org.badge.withdrawn'));
    } catch (error) {
      showProblem(error, (m) => void message.error(m), undefined, t('common.requestFailed'));
    }
  };

  return (
    <Card title={cardTitle(t('org.badge.title'))}>
      {badge ? (
        <>
          <Descriptions
            size="small"
            column={1}
            items={[
              { key: 'tier', label: t('org.badge.tier'), children: t(`badge.${badge.tier}`) },
              {
                key: 'status',
                label: t('org.badge.status'),
                children: <Tag color={BADGE_TONE[badge.status]}>{t(`org.badgeStatus.${badge.status}`)}</Tag>,
              },
              { key: 'authority', label: t('org.badge.authority'), children: badge.issuingAuthority },
              { key: 'certificate', label: t('org.badge.certificate'), children: badge.certificateNumber },
              {
                key: 'expires',
                label: t('org.badge.expiresOn'),
                children: formatDate(`${badge.expiresOn}T12:00:00+08:00`, currentLanguage()),
              },
            ]}
          />
          {badge.status === 'pending' && <Alert type="info" showIcon message={t('org.badge.pendingHint')} />}
          {badge.status === 'rejected' && <Alert type="warning" showIcon message={t('org.badge.rejectedHint')} />}
        </>
      ) : (
        <Typography.Paragraph type="secondary">{t('org.badge.none')}</Typography.Paragraph>
      )}
      {canAdmin && !claiming && (
        <Space wrap style={{ marginTop: 12 }}>
          <Button
            onClick={() => {
              form.setFieldsValue({
                badge: badge
                  ? {
                      tier: badge.tier,
                      issuingAuthority: badge.issuingAuthority,
                      certificateNumber: badge.certificateNumber,
                      expiresOn: badge.expiresOn,
                    }
                  : undefined,
              });
              setClaiming(true);
            }}
          >
            {badge ? t('org.badge.update') : t('org.badge.claim')}
          </Button>
          {badge && (
            <Popconfirm
              title={t('org.badge.withdrawConfirm')}
              okText={t('common.confirm')}
              cancelText={t('common.back')}
              onConfirm={() => void withdraw()}
            >
              <Button danger loading={update.isPending}>
                {t('org.badge.withdraw')}
              </Button>
            </Popconfirm>
          )}
        </Space>
      )}
      {claiming && (
        <Form<BadgeValues>
          form={form}
          layout="vertical"
          requiredMark={false}
          onFinish={(v) => void claim(v)}
          style={{ marginTop: 12 }}
        >
          <Typography.Paragraph type="secondary">{t('org.badge.pendingHint')}</Typography.Paragraph>
          <Form.Item
            name={['badge', 'tier']}
            label={t('org.badge.tier')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <Select options={TIERS.map((tier) => ({ value: tier, label: t(`badge.${tier}`) }))} />
          </Form.Item>
          <Form.Item
            name={['badge', 'issuingAuthority']}
            label={t('org.badge.authority')}
            rules={[{ required: true, whitespace: true, message: t('form.required') }]}
          >
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item
            name={['badge', 'certificateNumber']}
            label={t('org.badge.certificate')}
            rules={[{ required: true, whitespace: true, message: t('form.required') }]}
          >
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item
            name={['badge', 'expiresOn']}
            label={t('org.badge.expiresOn')}
            extra={t('org.badge.expiresHint')}
            rules={[
              { required: true, message: t('form.required') },
              { pattern: /^\d{4}-\d{2}-\d{2}$/, message: t('org.badge.expiresHint') },
            ]}
          >
            <Input maxLength={10} placeholder="2027-12-31" inputMode="numeric" />
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={update.isPending}>
              {t('org.badge.submit')}
            </Button>
            <Button onClick={() => setClaiming(false)}>{t('org.profile.cancel')}</Button>
          </Space>
        </Form>
      )}
    </Card>
  );
}

function ParksCard({ organization, canAdmin }: { organization: Organization; canAdmin: boolean }) {
  const { t } = useTranslation();
  const message = useMessage();
  const parks = useParks();
  const [parkId, setParkId] = useState<string>();
  const join = useMutation({
    mutationFn: (id: string) =>
      body<components['schemas']['ParkMembershipDto']>(
        api.POST('/api/v1/parks/{id}/memberships', {
          params: { path: { id } },
          body: { organizationId: organization.id },
        }),
      ),
    onError: (error) => showProblem(error, (m) => void message.error(m), undefined, t('common.requestFailed')),
  });
  const mine = new Set(organization.parks.map((p) => p.id));
  const requestedName = parks.data?.find((p) => p.id === join.data?.parkId)?.name;

  return (
    <Card title={cardTitle(t('org.parks.title'))}>
      {organization.parks.length === 0 ? (
        <Typography.Paragraph type="secondary">{t('org.parks.none')}</Typography.Paragraph>
      ) : (
        <List
          size="small"
          dataSource={organization.parks}
          renderItem={(p) => <List.Item key={p.id}>{p.name}</List.Item>}
        />
      )}
      {join.data && (
        <Alert
          type="success"
          showIcon
          role="status"
          style={{ marginTop: 12 }}
          message={t('org.parks.requested', { park: requestedName ?? join.data.parkId })}
        />
      )}
      {canAdmin && (
        <Flex gap={8} wrap align="end" style={{ marginTop: 12 }}>
          <div style={{ flex: '1 1 220px' }}>
            <label htmlFor="join-park" style={{ display: 'block', marginBottom: 4 }}>
              {t('org.parks.join')}
            </label>
            <Select
              id="join-park"
              style={{ width: '100%' }}
              placeholder={t('org.parks.choose')}
              loading={parks.isPending}
              value={parkId}
              onChange={setParkId}
              options={(parks.data ?? []).filter((p) => !mine.has(p.id)).map((p) => ({ value: p.id, label: p.name }))}
            />
          </div>
          <Button disabled={!parkId} loading={join.isPending} onClick={() => parkId && join.mutate(parkId)}>
            {t('org.parks.submit')}
          </Button>
        </Flex>
      )}
    </Card>
  );
}

export default function OrganizationPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('org.profile.title'));
  const { organizationId, canAdmin } = useMyOrganization();
  const organization = useOrganizationProfile(organizationId);
  return (
    <>
      <PageHeader title={t('org.profile.title')} subTitle={t('org.profile.subtitle')} />
      <OrganizationNav />
      {!organizationId ? (
        <NoOrganization />
      ) : (
        <QueryState query={organization}>
          {(o) => (
            <Space direction="vertical" size={16} style={{ width: '100%' }}>
              {!canAdmin && <Alert type="info" showIcon message={t('org.adminOnly')} />}
              <ProfileCard organization={o} canAdmin={canAdmin} />
              <VerificationCard organization={o} />
              <VerificationDocumentsCard organization={o} canAdmin={canAdmin} />
              <BadgeCard organization={o} canAdmin={canAdmin} />
              <ParksCard organization={o} canAdmin={canAdmin} />
            </Space>
          )}
        </QueryState>
      )}
    </>
  );
}
