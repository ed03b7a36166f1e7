import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Checkbox, Empty, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, data } from '../api/client';
import { useMessage } from '../components/feedback';
import { showProblem } from '../components/formProblem';
import { QueryState } from '../components/QueryState';
import { TONE } from '../components/tones';
import { currentLanguage } from '../i18n';
import { useRegionName } from '../search/regions';
import { useSuggestedSuppliers } from './queries';
import type { Rfq } from './types';

/** The matcher's suppliers for the RFQ, with its reasons; the buyer invites the chosen ones in one step. */
export function SuggestedSuppliers({ rfq }: { rfq: Rfq }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const message = useMessage();
  const queryClient = useQueryClient();
  const regionName = useRegionName();
  const suggested = useSuggestedSuppliers(rfq.id, true);
  const [chosen, setChosen] = useState<string[]>([]);
  const invite = useMutation({
    mutationFn: (organizationIds: string[]) =>
      data(api.POST('/api/v1/rfqs/{id}/invitations', { params: { path: { id: rfq.id } }, body: { organizationIds } })),
    onSuccess: (result) => {
      setChosen([]);
      void queryClient.invalidateQueries({ queryKey: ['rfqs', 'one', rfq.id] });
      message.success(t('sourcing.suggest.done', { count: result.invited.length }));
    },
    onError: (error) => showProblem(error, (text) => void message.error(text), undefined, t('common.requestFailed')),
  });
  const canInvite = rfq.status === 'draft' || rfq.status === 'open';
  return (
    <Card
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('sourcing.suggest.title')}</h2>}
      extra={
        canInvite && (
          <Button
            type="primary"
            disabled={chosen.length === 0}
            loading={invite.isPending}
            onClick={() => invite.mutate(chosen)}
          >
            {t('sourcing.suggest.invite', { count: chosen.length })}
          </Button>
        )
      }
    >
      <Typography.Paragraph type="secondary">{t('sourcing.suggest.intro')}</Typography.Paragraph>
      <QueryState
        query={suggested}
        isEmpty={(d) => d.items.length === 0}
        empty={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('sourcing.suggest.empty')} />}
      >
        {(d) => (
          <List
            dataSource={d.items}
            renderItem={(s) => (
              <List.Item key={s.organizationId}>
                <article style={{ width: '100%' }} aria-label={s.name}>
                  <Space wrap>
                    {canInvite && !s.invited && (
                      <Checkbox
                        aria-label={t('sourcing.suggest.select', { name: s.name })}
                        checked={chosen.includes(s.organizationId)}
                        onChange={(e) =>
                          setChosen((list) =>
                            e.target.checked
                              ? [...list, s.organizationId]
                              : list.filter((id) => id !== s.organizationId),
                          )
                        }
                      />
                    )}
                    <Typography.Title level={3} style={{ fontSize: 15, margin: 0 }}>
                      {s.name}
                    </Typography.Title>
                    {s.invited && <Tag color={TONE.green}>{t('sourcing.suggest.invited')}</Tag>}
                    {s.specialisedTier && <Tag color={TONE.purple}>{t(`badge.${s.specialisedTier}`)}</Tag>}
                    {s.sizeClass && <Tag>{t(`sizeClass.${s.sizeClass}`)}</Tag>}
                    <Typography.Text type="secondary">
                      {[
                        regionName(s.regionCode, language),
                        t('sourcing.suggest.score', { score: Math.round(s.score * 100) }),
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </Typography.Text>
                  </Space>
                  <ul aria-label={t('sourcing.suggest.reasons')} style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
                    {s.reasons.map((r) => (
                      <li key={r.factor}>
                        {t(`sourcing.suggest.factor.${r.factor}`)}{' '}
                        <Typography.Text type="secondary">+{r.contribution.toFixed(2)}</Typography.Text>
                      </li>
                    ))}
                  </ul>
                  {s.processes.length > 0 && (
                    <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }} ellipsis={{ rows: 1 }}>
                      {s.processes.slice(0, 8).join(t('common.listSeparator'))}
                    </Typography.Paragraph>
                  )}
                </article>
              </List.Item>
            )}
          />
        )}
      </QueryState>
    </Card>
  );
}
