import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, DatePicker, Form, Input, InputNumber, Select, Space, Switch, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FormSection } from './FormSection';
import { WEEKDAYS } from './listingForm';

const SERVICE_MODES = ['technician_operated', 'self_operated', 'sample_testing'] as const;
const SLOT_MINUTES = [5, 10, 15, 20, 30, 60, 120, 240];
const WALL_CLOCK = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

function timeZones(): string[] {
  try {
    const zones = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.('timeZone');
    if (zones?.length) return zones.includes('Asia/Shanghai') ? zones : ['Asia/Shanghai', ...zones];
  } catch {
    // An older browser: China's zone is what nearly every listing uses.
  }
  return ['Asia/Shanghai'];
}

/** An equipment listing's details: what it is, how it is used, and its calendar's rules. */
export function EquipmentFields() {
  const { t } = useTranslation();
  const required = [{ required: true, message: t('form.required') }];
  const form = Form.useFormInstance();
  const modes = Form.useWatch(['details', 'serviceModes'], form) as string[] | undefined;
  const slotted = !modes || modes.includes('self_operated') || modes.includes('technician_operated');
  const zones = useMemo(() => timeZones().map((z) => ({ value: z, label: z })), []);
  const whole = (min: number, max?: number) => ({
    type: 'integer' as const,
    min,
    ...(max === undefined ? {} : { max }),
    message: max === undefined ? t('myListings.hints.atLeast', { min }) : t('myListings.hints.between', { min, max }),
  });

  return (
    <>
      <FormSection title={t('myListings.sections.equipment')}>
        <Space wrap size={12} align="start">
          <Form.Item name={['details', 'manufacturer']} label={t('details.manufacturer')} rules={required}>
            <Input maxLength={200} style={{ width: 240 }} />
          </Form.Item>
          <Form.Item name={['details', 'model']} label={t('details.model')} rules={required}>
            <Input maxLength={200} style={{ width: 240 }} />
          </Form.Item>
        </Space>
        <Form.Item
          name={['details', 'serviceModes']}
          label={t('details.serviceModes')}
          // A validator, not `required`: Form.Item would put aria-required on the group's div, which no role allows.
          rules={[
            {
              validator: (_, v: unknown[] | undefined) =>
                v?.length ? Promise.resolve() : Promise.reject(new Error(t('myListings.hints.pickOne'))),
            },
          ]}
        >
          <Checkbox.Group
            role="group"
            aria-label={t('details.serviceModes')}
            options={SERVICE_MODES.map((m) => ({ value: m, label: t(`serviceMode.${m}`) }))}
          />
        </Form.Item>
        <Space wrap size={12} align="start">
          <Form.Item
            name={['details', 'hourlyRateYuan']}
            label={t('myListings.fields.hourlyRate')}
            extra={t('myListings.hints.onRequest')}
            rules={[{ type: 'number', min: 0, message: t('myListings.hints.notNegative') }]}
          >
            <InputNumber min={0} precision={2} prefix="¥" style={{ width: 200 }} />
          </Form.Item>
          <Form.Item
            name={['details', 'turnaroundDays']}
            label={t('myListings.fields.turnaroundDays')}
            rules={[whole(0, 365)]}
          >
            <InputNumber min={0} max={365} precision={0} style={{ width: 160 }} />
          </Form.Item>
        </Space>
        {modes?.includes('self_operated') && (
          <Form.Item
            name={['details', 'requiresTraining']}
            label={t('myListings.fields.requiresTraining')}
            extra={t('myListings.hints.requiresTraining')}
            valuePropName="checked"
          >
            <Switch />
          </Form.Item>
        )}
      </FormSection>

      <FormSection title={t('myListings.sections.booking')}>
        {!slotted && <Typography.Paragraph type="secondary">{t('myListings.hints.noSlots')}</Typography.Paragraph>}
        <Space wrap size={12} align="start">
          <Form.Item
            name={['details', 'booking', 'slotMinutes']}
            label={t('myListings.fields.slotMinutes')}
            extra={t('myListings.hints.slotMinutes')}
          >
            <Select
              style={{ width: 140 }}
              options={SLOT_MINUTES.map((m) => ({ value: m, label: t('details.minutes', { count: m }) }))}
            />
          </Form.Item>
          <Form.Item
            name={['details', 'booking', 'minMinutes']}
            label={t('myListings.fields.minMinutes')}
            rules={[whole(5)]}
          >
            <InputNumber min={5} precision={0} style={{ width: 140 }} />
          </Form.Item>
          <Form.Item
            name={['details', 'booking', 'maxMinutes']}
            label={t('myListings.fields.maxMinutes')}
            extra={t('myListings.hints.noLimit')}
            rules={[whole(5)]}
          >
            <InputNumber min={5} precision={0} style={{ width: 140 }} />
          </Form.Item>
        </Space>
        <Space wrap size={12} align="start">
          <Form.Item
            name={['details', 'booking', 'leadTimeHours']}
            label={t('myListings.fields.leadTimeHours')}
            rules={[whole(0, 366 * 24)]}
          >
            <InputNumber min={0} precision={0} style={{ width: 140 }} />
          </Form.Item>
          <Form.Item
            name={['details', 'booking', 'horizonDays']}
            label={t('myListings.fields.horizonDays')}
            rules={[whole(1, 5 * 366)]}
          >
            <InputNumber min={1} max={5 * 366} precision={0} style={{ width: 140 }} />
          </Form.Item>
          <Form.Item
            name={['details', 'booking', 'bufferMinutes']}
            label={t('myListings.fields.bufferMinutes')}
            rules={[whole(0, 24 * 60)]}
          >
            <InputNumber min={0} max={24 * 60} precision={0} style={{ width: 140 }} />
          </Form.Item>
          <Form.Item
            name={['details', 'booking', 'cancellationCutoffHours']}
            label={t('myListings.fields.cancellationCutoffHours')}
            rules={[whole(0, 366 * 24)]}
          >
            <InputNumber min={0} precision={0} style={{ width: 140 }} />
          </Form.Item>
        </Space>
        <Space wrap size={12} align="start">
          <Form.Item name={['details', 'booking', 'timeZone']} label={t('myListings.fields.timeZone')}>
            <Select showSearch options={zones} style={{ width: 220 }} />
          </Form.Item>
          <Form.Item
            name={['details', 'booking', 'instantBook']}
            label={t('details.instantBook')}
            extra={t('myListings.hints.instantBook')}
            valuePropName="checked"
          >
            <Switch />
          </Form.Item>
        </Space>

        <Typography.Paragraph strong style={{ marginBottom: 4 }}>
          {t('myListings.fields.openingHours')}
        </Typography.Paragraph>
        <Typography.Paragraph type="secondary">{t('myListings.hints.openingHours')}</Typography.Paragraph>
        {WEEKDAYS.map((day) => (
          <Form.List key={day} name={['details', 'booking', 'openingHours', day]}>
            {(fields, { add, remove }, { errors }) => (
              <div style={{ marginBottom: 8 }}>
                <Space wrap size={8} align="start">
                  <Typography.Text style={{ display: 'inline-block', width: 48, lineHeight: '32px' }}>
                    {t(`myListings.weekday.${day}`)}
                  </Typography.Text>
                  {fields.length === 0 && (
                    <Typography.Text type="secondary" style={{ lineHeight: '32px' }}>
                      {t('myListings.closed')}
                    </Typography.Text>
                  )}
                  {fields.map((field, i) => {
                    const which = { day: t(`myListings.weekday.${day}`), n: i + 1 };
                    const clock = [
                      { required: true, message: t('form.required') },
                      { pattern: WALL_CLOCK, message: t('myListings.hints.clock') },
                    ];
                    return (
                      <Space.Compact key={field.key}>
                        <Form.Item name={[field.name, 'start']} rules={clock} style={{ marginBottom: 0 }}>
                          <Input
                            aria-label={t('myListings.fields.opens', which)}
                            placeholder="09:00"
                            maxLength={5}
                            style={{ width: 80 }}
                          />
                        </Form.Item>
                        <Form.Item name={[field.name, 'end']} rules={clock} style={{ marginBottom: 0 }}>
                          <Input
                            aria-label={t('myListings.fields.closes', which)}
                            placeholder="18:00"
                            maxLength={5}
                            style={{ width: 80 }}
                          />
                        </Form.Item>
                        <Button
                          icon={<DeleteOutlined />}
                          aria-label={t('myListings.removeInterval', which)}
                          onClick={() => remove(field.name)}
                        />
                      </Space.Compact>
                    );
                  })}
                  <Button
                    icon={<PlusOutlined />}
                    aria-label={t('myListings.addInterval', { day: t(`myListings.weekday.${day}`) })}
                    onClick={() => add({ start: '09:00', end: '18:00' })}
                  />
                </Space>
                <Form.ErrorList errors={errors} />
              </div>
            )}
          </Form.List>
        ))}
        <Form.Item
          name={['details', 'booking', 'blackoutDates']}
          label={t('myListings.fields.blackoutDates')}
          extra={t('myListings.hints.blackoutDates')}
        >
          <DatePicker multiple maxTagCount="responsive" style={{ width: '100%', maxWidth: 480 }} />
        </Form.Item>
      </FormSection>
    </>
  );
}
