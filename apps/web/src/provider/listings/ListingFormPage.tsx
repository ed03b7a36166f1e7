import { Alert, Button, Card, Cascader, Form, Input, InputNumber, Radio, Result, Select, Space } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { api, body } from '../../api/client';
import { isProblem } from '../../api/problem';
import { useSession } from '../../account/session';
import { useMessage } from '../../components/feedback';
import { showProblem } from '../../components/formProblem';
import { LinkButton } from '../../components/LinkButton';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { currentLanguage } from '../../i18n';
import { useOrganization } from '../../listings/queries';
import { KINDS } from '../../listings/types';
import { CATEGORIES } from '../../search/categories';
import { regionOptions, useRegions } from '../../search/regions';
import { CapacityFields } from './CapacityFields';
import { EquipmentFields } from './EquipmentFields';
import { FormSection } from './FormSection';
import { fieldAliases, type ListingFormValues, toFormValues, toListingBody } from './listingForm';
import { PatentFields } from './PatentFields';
import { useOwnListing, useRefreshListing } from './queries';
import { EDITABLE, type ListingKind, type OwnListing, PRICE_UNITS_BY_KIND } from './types';

/** What a new listing of each kind starts with (the API's own defaults, shown). */
function initialValues(kind: ListingKind): ListingFormValues {
  const workday = [{ start: '09:00', end: '18:00' }];
  return {
    visibility: 'public',
    tags: [],
    details:
      kind === 'capacity'
        ? {
            capacity: { unit: 'machine_hour', per: 'month' },
            minOrder: { unit: 'piece' },
            materials: [],
            certifications: [],
            periods: [],
          }
        : kind === 'equipment'
          ? {
              serviceModes: ['technician_operated'],
              booking: {
                slotMinutes: 30,
                minMinutes: 30,
                leadTimeHours: 24,
                horizonDays: 365,
                bufferMinutes: 0,
                cancellationCutoffHours: 24,
                instantBook: false,
                timeZone: 'Asia/Shanghai',
                openingHours: {
                  mon: workday,
                  tue: workday,
                  wed: workday,
                  thu: workday,
                  fri: workday,
                  sat: [],
                  sun: [],
                },
                blackoutDates: [],
              },
            }
          : {
              legalStatus: 'granted',
              transactionTypes: ['ordinary_licence'],
              openLicence: { declared: false },
              ipc: [],
            },
  };
}

/** A new listing: `/my/listings/new?kind=equipment`. */
export function NewListingPage() {
  const { t } = useTranslation();
  const [url, setUrl] = useSearchParams();
  const kind = KINDS.find((k) => k === url.get('kind')) ?? 'capacity';
  useDocumentTitle(t('myListings.newTitle'));
  return (
    <>
      <PageHeader
        breadcrumb={[{ title: t('myListings.title'), to: '/my/listings' }, { title: t('myListings.newTitle') }]}
        title={t('myListings.newTitle')}
        subTitle={t('myListings.newIntro')}
      />
      <Card style={{ maxWidth: 880 }}>
        <Space orientation="vertical" size={4} style={{ marginBottom: 16 }}>
          <span id="listing-kind-label">{t('myListings.fields.kind')}</span>
          <Radio.Group
            aria-labelledby="listing-kind-label"
            optionType="button"
            value={kind}
            onChange={(e) => setUrl({ kind: e.target.value as string }, { replace: true })}
            options={KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
          />
        </Space>
        {/* A new kind is a new form: nothing typed for one kind leaks into another. */}
        <ListingForm key={kind} kind={kind} />
      </Card>
    </>
  );
}

export default NewListingPage;

/** Edits a listing: `/my/listings/:id/edit` (a live one's edit becomes a revision for review). */
export function EditListingPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const listing = useOwnListing(id);
  useDocumentTitle(t('myListings.editTitle'));
  return (
    <>
      <PageHeader
        breadcrumb={[
          { title: t('myListings.title'), to: '/my/listings' },
          ...(listing.data ? [{ title: listing.data.title, to: `/my/listings/${id}` }] : []),
          { title: t('myListings.editTitle') },
        ]}
        title={t('myListings.editTitle')}
      />
      <QueryState
        query={listing}
        notFound={<Result status="404" title={t('myListings.goneTitle')} subTitle={t('myListings.goneBody')} />}
      >
        {(l) =>
          EDITABLE.includes(l.status) ? (
            <Card style={{ maxWidth: 880 }}>
              {(l.status === 'published' || l.status === 'suspended') && (
                <Alert
                  type="info"
                  showIcon
                  style={{ marginBottom: 16 }}
                  title={t(l.pendingRevision ? 'myListings.editRevisionAgain' : 'myListings.editRevision')}
                />
              )}
              {l.status === 'rejected' && l.statusReason && (
                <Alert
                  type="error"
                  showIcon
                  style={{ marginBottom: 16 }}
                  title={t('myListings.rejectedBecause', { reason: l.statusReason })}
                />
              )}
              <ListingForm kind={l.kind} listing={l} />
            </Card>
          ) : (
            <Result
              status="info"
              title={t('myListings.notEditable', { status: t(`listingStatus.${l.status}`) })}
              extra={<LinkButton to={`/my/listings/${l.id}`}>{t('myListings.backToListing')}</LinkButton>}
            />
          )
        }
      </QueryState>
    </>
  );
}

/** The form of one kind: common fields, then the kind's own. Creates a draft or saves an edit. */
export function ListingForm({ kind, listing }: { kind: ListingKind; listing?: OwnListing }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const message = useMessage();
  const navigate = useNavigate();
  const refresh = useRefreshListing();
  const { organizationId } = useSession();
  const organization = useOrganization(listing?.ownerOrganizationId ?? organizationId);
  const [form] = Form.useForm<ListingFormValues>();
  const [pending, setPending] = useState(false);
  const required = [{ required: true, message: t('form.required') }];
  // A further edit of a live listing builds on its pending revision, as the API does.
  const initial = useMemo(
    () =>
      listing
        ? toFormValues(kind, listing.pendingRevision ? { ...listing.pendingRevision.content } : listing)
        : initialValues(kind),
    [kind, listing],
  );
  const regionTree = useRegions();
  const regions = useMemo(() => regionOptions(regionTree, language, { counties: true }), [regionTree, language]);

  const save = async (values: ListingFormValues) => {
    setPending(true);
    const content = toListingBody(kind, values, listing?.regionCode);
    try {
      const saved = listing
        ? await body<OwnListing>(
            api.PATCH('/api/v1/listings/{id}', {
              params: { path: { id: listing.id } },
              body: { ...content, version: listing.version } as never,
            }),
          )
        : await body<OwnListing>(
            api.POST('/api/v1/listings', {
              body: { kind, ...content, ...(values.externalRef ? { externalRef: values.externalRef } : {}) } as never,
            }),
          );
      refresh(saved.id);
      message.success(
        t(
          !listing
            ? 'myListings.created'
            : saved.pendingRevision && saved.status !== 'draft' && saved.status !== 'rejected'
              ? 'myListings.revisionSaved'
              : 'myListings.saved',
        ),
      );
      void navigate(`/my/listings/${saved.id}`);
    } catch (error) {
      if (isProblem(error, 'LISTING_VERSION_CONFLICT')) {
        message.error(t('myListings.versionConflict'));
        refresh(listing?.id);
        return;
      }
      const fields = isProblem(error) ? error.errors.map((e) => e.field) : [];
      const registered = form.getFieldsError().map((f) => f.name);
      showProblem(
        error,
        (text) => void message.error(text),
        form,
        t('common.requestFailed'),
        fieldAliases(fields, registered),
      );
    } finally {
      setPending(false);
    }
  };

  const units = PRICE_UNITS_BY_KIND[kind];
  return (
    <Form<ListingFormValues>
      form={form}
      layout="vertical"
      initialValues={initial}
      onFinish={(v) => void save(v)}
      onFinishFailed={({ errorFields }) => errorFields[0] && form.scrollToField(errorFields[0].name)}
      scrollToFirstError={false}
    >
      <FormSection title={t('myListings.sections.basics')}>
        <Form.Item name="title" label={t('myListings.fields.title')} rules={[...required, { max: 200 }]}>
          <Input maxLength={200} placeholder={t(`myListings.placeholder.${kind}`)} />
        </Form.Item>
        <Form.Item name="titleEn" label={t('myListings.fields.titleEn')} rules={[{ max: 200 }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="description" label={t('myListings.fields.description')} rules={required}>
          <Input.TextArea rows={5} maxLength={10_000} showCount />
        </Form.Item>
        <Form.Item name="descriptionEn" label={t('myListings.fields.descriptionEn')}>
          <Input.TextArea rows={3} maxLength={10_000} />
        </Form.Item>
        <Form.Item name="category" label={t('myListings.fields.category')} rules={required}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={CATEGORIES[kind].map((c) => ({ value: c.slug, label: language === 'en' ? c.en : c.zh }))}
          />
        </Form.Item>
        <Form.Item
          name="tags"
          label={t('myListings.fields.tags')}
          extra={t('myListings.hints.tags')}
          rules={[{ type: 'array', max: 20, message: t('myListings.hints.tagsMax') }]}
        >
          <Select mode="tags" open={false} suffixIcon={null} maxTagTextLength={40} />
        </Form.Item>
      </FormSection>

      <FormSection title={t('myListings.sections.place')}>
        <Form.Item name="region" label={t('myListings.fields.region')} extra={t('myListings.hints.region')}>
          <Cascader options={regions} changeOnSelect allowClear showSearch placeholder={t('myListings.ownRegion')} />
        </Form.Item>
        <Form.Item name="address" label={t('myListings.fields.address')} rules={[{ max: 300 }]}>
          <Input maxLength={300} />
        </Form.Item>
        <Space wrap size={12}>
          <Form.Item
            name="latitude"
            label={t('myListings.fields.latitude')}
            rules={[{ type: 'number', min: -90, max: 90 }]}
          >
            <InputNumber min={-90} max={90} step={0.000001} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item
            name="longitude"
            label={t('myListings.fields.longitude')}
            rules={[{ type: 'number', min: -180, max: 180 }]}
          >
            <InputNumber min={-180} max={180} step={0.000001} style={{ width: 160 }} />
          </Form.Item>
        </Space>
        <Form.Item name="parkId" label={t('myListings.fields.park')} extra={t('myListings.hints.park')}>
          <Select
            allowClear
            loading={organization.isPending}
            options={(organization.data as { parks?: { id: string; name: string }[] } | undefined)?.parks?.map((p) => ({
              value: p.id,
              label: p.name,
            }))}
          />
        </Form.Item>
        <Form.Item name="visibility" label={t('myListings.fields.visibility')}>
          <Radio.Group
            options={(['public', 'park_members'] as const).map((v) => ({
              value: v,
              label: t(`myListings.visibility.${v}`),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="industryDivision"
          label={t('myListings.fields.industryDivision')}
          extra={t('myListings.hints.industryDivision')}
          rules={[{ pattern: /^[A-Ta-t]\d{2}$/, message: t('myListings.hints.industryDivisionFormat') }]}
        >
          <Input maxLength={3} style={{ width: 120 }} />
        </Form.Item>
      </FormSection>

      <FormSection title={t('myListings.sections.price')}>
        <Space wrap size={12} align="start">
          <Form.Item
            name="priceYuan"
            label={t('myListings.fields.price')}
            extra={t('myListings.hints.price')}
            rules={[{ type: 'number', min: 0, message: t('myListings.hints.notNegative') }]}
          >
            <InputNumber min={0} precision={2} prefix="¥" style={{ width: 200 }} />
          </Form.Item>
          <Form.Item
            name="priceUnit"
            label={t('myListings.fields.priceUnit')}
            dependencies={['priceYuan']}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_, value) =>
                  getFieldValue('priceYuan') !== null && getFieldValue('priceYuan') !== undefined && !value
                    ? Promise.reject(new Error(t('myListings.hints.unitWithPrice')))
                    : Promise.resolve(),
              }),
            ]}
          >
            <Select
              allowClear
              style={{ width: 160 }}
              options={units.map((u) => ({ value: u, label: t(`priceUnit.${u}`) }))}
            />
          </Form.Item>
        </Space>
      </FormSection>

      {kind === 'capacity' && <CapacityFields />}
      {kind === 'equipment' && <EquipmentFields />}
      {kind === 'ip' && <PatentFields />}

      {!listing && (
        <Form.Item
          name="externalRef"
          label={t('myListings.fields.externalRef')}
          extra={t('myListings.hints.externalRef')}
        >
          <Input maxLength={100} style={{ maxWidth: 320 }} />
        </Form.Item>
      )}
      <Space wrap>
        <Button type="primary" htmlType="submit" loading={pending}>
          {listing ? t('myListings.save') : t('myListings.createDraft')}
        </Button>
        <LinkButton to={listing ? `/my/listings/${listing.id}` : '/my/listings'}>{t('common.back')}</LinkButton>
      </Space>
    </Form>
  );
}
