import { Form, Input, Modal, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n';
import { type ReasonKind, useReasonTemplates } from './queries';

/**
 * Asks for a reason, offering the park's saved reasons of this kind (none without a kind:
 * reinstating has no saved reasons): picking one fills the text, which stays editable.
 * Resolves through `onConfirm`; the dialog stays open on failure.
 */
export function ReasonDialog({
  open,
  title,
  kind,
  parkId,
  busy,
  onCancel,
  onConfirm,
}: {
  open: boolean;
  title: string;
  kind?: ReasonKind;
  parkId: string | undefined;
  busy?: boolean;
  onCancel: () => void;
  onConfirm: (reason: string) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ template?: number; reason: string }>();
  const templates = useReasonTemplates(open && kind ? parkId : undefined);
  const language = currentLanguage();
  const options = (templates.data?.templates ?? [])
    .map((template, index) => ({ template, index }))
    .filter(({ template }) => template.kind === kind)
    .map(({ template, index }) => ({ value: index, label: language === 'en' ? template.en : template.zh }));

  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);

  return (
    <Modal
      open={open}
      title={title}
      okText={t('console.operator.reason.confirm')}
      cancelText={t('console.operator.reason.cancel')}
      confirmLoading={busy}
      onCancel={onCancel}
      onOk={() =>
        // A missing reason is shown on its field; nothing else to do.
        void form.validateFields().then(
          (values) => onConfirm(values.reason.trim()),
          () => undefined,
        )
      }
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false}>
        {options.length > 0 && (
          <Form.Item name="template" label={t('console.operator.reason.template')}>
            <Select
              options={options}
              placeholder={t('console.operator.reason.templatePlaceholder')}
              onChange={(index: number) => form.setFieldValue('reason', options.find((o) => o.value === index)?.label)}
            />
          </Form.Item>
        )}
        <Form.Item
          name="reason"
          label={t('console.operator.reason.text')}
          rules={[{ required: true, whitespace: true, message: t('console.operator.reason.required') }]}
        >
          <Input.TextArea rows={3} maxLength={1000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
