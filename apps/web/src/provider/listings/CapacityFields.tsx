import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, DatePicker, Form, Input, InputNumber, Row, Select, Space, Typography } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FormSection } from './FormSection';

const CAPACITY_UNITS = ['machine_hour', 'piece', 'tonne'] as const;
const MIN_ORDER_UNITS = ['machine_hour', 'piece', 'tonne', 'kg', 'set'] as const;
const CERTIFICATIONS = ['ISO 9001', 'IATF 16949', 'AS9100D', 'ISO 13485', 'ISO 14001', 'ISO 45001'];
const AXES = ['x', 'y', 'z'] as const;

/** A capacity listing's details: process, what is offered per week or month, and in which periods. */
export function CapacityFields() {
  const { t } = useTranslation();
  const sizeId = useId();
  const required = [{ required: true, message: t('form.required') }];
  const positive = { type: 'number' as const, min: 0, message: t('myListings.hints.notNegative') };
  return (
    <FormSection title={t('myListings.sections.capacity')}>
      <Form.Item name={['details', 'process']} label={t('details.process')} rules={[...required, { max: 100 }]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name={['details', 'materials']} label={t('details.materials')} extra={t('myListings.hints.tags')}>
        <Select mode="tags" open={false} suffixIcon={null} />
      </Form.Item>
      {/* A grid: each label above its input, the rows with even gaps, the size's three axes one group. */}
      <Row gutter={[16, 0]}>
        <Col xs={24} sm={8}>
          <Form.Item
            name={['details', 'capacity', 'quantity']}
            label={t('myListings.fields.capacityQuantity')}
            rules={[...required, { type: 'number', min: 0.001, message: t('myListings.hints.positive') }]}
          >
            <InputNumber min={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} sm={8}>
          <Form.Item name={['details', 'capacity', 'unit']} label={t('myListings.fields.unit')} rules={required}>
            <Select options={CAPACITY_UNITS.map((u) => ({ value: u, label: t(`capacityUnit.${u}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={12} sm={8}>
          <Form.Item name={['details', 'capacity', 'per']} label={t('myListings.fields.per')} rules={required}>
            <Select
              options={(['week', 'month'] as const).map((p) => ({ value: p, label: t(`reservation.per.${p}`) }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <div role="group" aria-labelledby={sizeId}>
        <Typography.Text strong id={sizeId} style={{ display: 'block', marginBottom: 8 }}>
          {t('details.maxPartSize')} (mm)
        </Typography.Text>
        <Row gutter={[16, 0]}>
          {AXES.map((axis, i) => (
            <Col key={axis} xs={8}>
              <Form.Item
                name={['details', 'maxPartSizeMm', i]}
                label={t(`myListings.fields.axis.${axis}`)}
                rules={[{ type: 'number', min: 0.001, message: t('myListings.hints.positive') }]}
              >
                <InputNumber min={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          ))}
        </Row>
      </div>
      <Row gutter={[16, 0]}>
        <Col xs={24} sm={12}>
          <Form.Item
            name={['details', 'toleranceMm']}
            label={t('myListings.fields.toleranceMm')}
            rules={[{ type: 'number', min: 0.000001, message: t('myListings.hints.positive') }]}
          >
            <InputNumber min={0} step={0.001} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name={['details', 'leadTimeDays']}
            label={t('myListings.fields.leadTimeDays')}
            rules={[...required, { ...positive, type: 'integer' }]}
          >
            <InputNumber min={0} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={[16, 0]}>
        <Col xs={24} sm={12}>
          <Form.Item
            name={['details', 'minOrder', 'quantity']}
            label={t('myListings.fields.minOrder')}
            rules={[{ type: 'number', min: 0.001, message: t('myListings.hints.positive') }]}
          >
            <InputNumber min={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name={['details', 'minOrder', 'unit']} label={t('myListings.fields.minOrderUnit')}>
            <Select options={MIN_ORDER_UNITS.map((u) => ({ value: u, label: t(`myListings.minOrderUnit.${u}`) }))} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name={['details', 'certifications']} label={t('details.certifications')}>
        <Select mode="tags" options={CERTIFICATIONS.map((c) => ({ value: c, label: c }))} />
      </Form.Item>

      <Typography.Paragraph strong style={{ marginBottom: 4 }}>
        {t('myListings.fields.periods')}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary">{t('myListings.hints.periods')}</Typography.Paragraph>
      <Form.List name={['details', 'periods']}>
        {(fields, { add, remove }, { errors }) => (
          <>
            {fields.map((field, index) => (
              <Space key={field.key} wrap size={12} align="start">
                <Form.Item
                  name={[field.name, 'start']}
                  label={t('myListings.fields.periodStart', { n: index + 1 })}
                  rules={required}
                >
                  <DatePicker />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'end']}
                  label={t('myListings.fields.periodEnd', { n: index + 1 })}
                  dependencies={[['details', 'periods', field.name, 'start']]}
                  rules={[
                    ...required,
                    ({ getFieldValue }) => ({
                      validator: (_, end: { isBefore(d: unknown): boolean } | undefined) => {
                        const start: unknown = getFieldValue(['details', 'periods', field.name, 'start']);
                        return end && start && end.isBefore(start)
                          ? Promise.reject(new Error(t('myListings.hints.endAfterStart')))
                          : Promise.resolve();
                      },
                    }),
                  ]}
                >
                  <DatePicker />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'quantity']}
                  label={t('myListings.fields.periodQuantity', { n: index + 1 })}
                  rules={[{ type: 'number', min: 0.001, message: t('myListings.hints.positive') }]}
                >
                  <InputNumber min={0} style={{ width: 140 }} />
                </Form.Item>
                <Form.Item label={<span className="sr-only">{t('myListings.removePeriod', { n: index + 1 })}</span>}>
                  <Button
                    icon={<DeleteOutlined />}
                    aria-label={t('myListings.removePeriod', { n: index + 1 })}
                    onClick={() => remove(field.name)}
                  />
                </Form.Item>
              </Space>
            ))}
            <Form.ErrorList errors={errors} />
            <Form.Item>
              <Button icon={<PlusOutlined />} onClick={() => add({})}>
                {t('myListings.addPeriod')}
              </Button>
            </Form.Item>
          </>
        )}
      </Form.List>
    </FormSection>
  );
}
