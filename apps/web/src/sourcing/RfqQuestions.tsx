import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Empty, Form, Input, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, data } from '../api/client';
import { useMessage } from '../components/feedback';
import { showProblem } from '../components/formProblem';
import { QueryState } from '../components/QueryState';
import { formatDateTime } from '../i18n/format';
import { useRfqQuestions } from './queries';
import type { Rfq, RfqQuestion } from './types';

/** The buyer's answer to one question: published to every supplier at once, without naming who asked. */
function AnswerForm({ rfq, question }: { rfq: Rfq; question: RfqQuestion }) {
  const { t } = useTranslation();
  const message = useMessage();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ answer: string }>();
  const answer = useMutation({
    mutationFn: (v: { answer: string }) =>
      data(
        api.POST('/api/v1/rfqs/{id}/questions/{questionId}/answer', {
          params: { path: { id: rfq.id, questionId: question.id } },
          body: { answer: v.answer },
        }),
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['rfqs', 'one', rfq.id, 'questions'] });
      message.success(t('sourcing.questions.answered'));
    },
    onError: (error) => showProblem(error, (text) => void message.error(text), form, t('common.requestFailed')),
  });
  return (
    // A form name per question keeps the fields' ids apart when several wait for an answer.
    <Form
      form={form}
      name={`answer-${question.id}`}
      layout="vertical"
      requiredMark={false}
      onFinish={(v) => answer.mutate(v)}
    >
      <Form.Item
        name="answer"
        label={t('sourcing.questions.answer')}
        rules={[{ required: true, message: t('form.required') }]}
      >
        <Input.TextArea rows={2} maxLength={5000} />
      </Form.Item>
      <Button htmlType="submit" loading={answer.isPending}>
        {t('sourcing.questions.sendAnswer')}
      </Button>
    </Form>
  );
}

/** Questions and answers: suppliers ask while the RFQ is open, the buyer answers for all. */
export function RfqQuestions({ rfq }: { rfq: Rfq }) {
  const { t } = useTranslation();
  const message = useMessage();
  const queryClient = useQueryClient();
  const questions = useRfqQuestions(rfq.id);
  const [form] = Form.useForm<{ question: string }>();
  const ask = useMutation({
    mutationFn: (v: { question: string }) =>
      data(api.POST('/api/v1/rfqs/{id}/questions', { params: { path: { id: rfq.id } }, body: v })),
    onSuccess: () => {
      form.resetFields();
      void queryClient.invalidateQueries({ queryKey: ['rfqs', 'one', rfq.id, 'questions'] });
      message.success(t('sourcing.questions.sent'));
    },
    onError: (error) => showProblem(error, (text) => void message.error(text), form, t('common.requestFailed')),
  });
  const open = rfq.status === 'open';
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('sourcing.questions.title')}</h2>}>
      <QueryState
        query={questions}
        isEmpty={(d) => d.items.length === 0}
        empty={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('sourcing.questions.empty')} />}
      >
        {(d) => (
          <List
            dataSource={d.items}
            renderItem={(q) => (
              <List.Item key={q.id}>
                <article style={{ width: '100%' }} aria-label={q.question}>
                  <Space wrap>
                    <Typography.Text strong>{q.question}</Typography.Text>
                    {q.yours && rfq.yourSide === 'supplier' && <Tag>{t('sourcing.questions.yours')}</Tag>}
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {formatDateTime(q.askedAt)}
                    </Typography.Text>
                  </Space>
                  {q.answer ? (
                    <Typography.Paragraph style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}>
                      {t('common.labelled', { label: t('sourcing.questions.answer') })}
                      {q.answer}
                    </Typography.Paragraph>
                  ) : rfq.yourSide === 'buyer' && rfq.status !== 'cancelled' ? (
                    <AnswerForm rfq={rfq} question={q} />
                  ) : (
                    <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
                      {t('sourcing.questions.unanswered')}
                    </Typography.Paragraph>
                  )}
                </article>
              </List.Item>
            )}
          />
        )}
      </QueryState>
      {rfq.yourSide === 'supplier' && open && (
        <Form form={form} layout="vertical" requiredMark={false} onFinish={(v) => ask.mutate(v)}>
          <Form.Item
            name="question"
            label={t('sourcing.questions.ask')}
            extra={t('sourcing.questions.askHint')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
          <Button htmlType="submit" loading={ask.isPending}>
            {t('sourcing.questions.send')}
          </Button>
        </Form>
      )}
    </Card>
  );
}
