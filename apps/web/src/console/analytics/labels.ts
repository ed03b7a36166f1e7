import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n';

const SECTIONS = new Set('ABCDEFGHIJKLMNOPQRST'.split(''));

/** Words and number formats of the dashboard: enum values the API sends, in the reader's language. */
export function useFigureLabels() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage();
  const say = t as unknown as (key: string, options?: Record<string, unknown>) => string;
  /** `prefix.value` when the strings have it, else the value as the API wrote it. */
  const word = (prefix: string, value: string | null | undefined, fallback = '') =>
    value == null ? fallback : i18n.exists(`${prefix}.${value}`) ? say(`${prefix}.${value}`) : value;
  const integer = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 });
  const none = t('console.analytics.none');
  return {
    industry: (section: string | null) =>
      section && SECTIONS.has(section)
        ? `${section} ${say(`console.industry.${section}`)}`
        : (section ?? t('console.industry.none')),
    dealKind: (kind: string) => word('dealKind', kind),
    dealState: (state: string) => word('dealState', state),
    listingKind: (kind: string) => word('kind', kind),
    listingStatus: (status: string) => word('listingStatus', status),
    sizeClass: (size: string | null) => word('sizeClass', size, t('console.analytics.noSize')),
    level: (level: string | null) => word('badge', level, t('console.analytics.noLevel')),
    unit: (unit: string) => word('capacityUnit', unit),
    per: (per: string) => word('console.analytics.per', per),
    count: (n: number) => integer.format(n),
    hours: (n: number) => t('console.analytics.hours', { count: Math.round(n * 10) / 10 }),
    quantity: (n: number) => decimal.format(n),
    share: (ratio: number | null) => (ratio === null ? none : percent.format(ratio)),
    duration: (seconds: number | null) => {
      if (seconds === null) return none;
      if (seconds < 3600) return t('console.analytics.minutes', { count: Math.max(1, Math.round(seconds / 60)) });
      return t('console.analytics.hours', { count: Math.round((seconds / 3600) * 10) / 10 });
    },
  };
}

export type FigureLabels = ReturnType<typeof useFigureLabels>;
