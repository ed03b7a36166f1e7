import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MatchReason } from './types';

/** What the contribution reads as, to two places (`+0.13`). */
function shown(contribution: number): string {
  return `${contribution >= 0 ? '+' : ''}${contribution.toFixed(2)}`;
}

/**
 * A match's reasons: each in words (the API's `text`) and its contribution to the score
 * beside it. Reasons that add nothing (`+0.00`, e.g. no badge held) are left out.
 */
export function MatchReasons({ reasons }: { reasons: readonly MatchReason[] }) {
  const { t } = useTranslation();
  const counted = reasons.filter((r) => shown(Math.abs(r.contribution)) !== '+0.00');
  if (counted.length === 0) return null;
  return (
    <>
      <Typography.Text type="secondary">{t('demands.reasons')}</Typography.Text>
      <ul aria-label={t('demands.reasons')} style={{ margin: '4px 0 8px', paddingInlineStart: 20 }}>
        {counted.map((r) => (
          <li key={r.factor}>
            {r.text} <Typography.Text type="secondary">{shown(r.contribution)}</Typography.Text>
          </li>
        ))}
      </ul>
    </>
  );
}
