import { Select } from 'antd';
import { type KeyboardEvent, lazy, Suspense, useState } from 'react';
import { currentLanguage } from '../i18n';
import { regionPath, useRegions } from './regions';

const loadCascader = () => import('./RegionCascader');
const RegionCascader = lazy(loadCascader);

interface Props {
  id: string;
  /** A province (2 digits) or city (4 digits) code. */
  region: string | undefined;
  placeholder: string;
  onChange: (code: string | undefined) => void;
}

/**
 * The region filter. Ant Design's Cascader (with the tree it is built on, some 20 KB gzip) is
 * not part of the search page's first load: until someone reaches for the filter, a closed
 * box of the same look shows the chosen region; pointing at it starts loading the cascader,
 * and a click or a key opens it as soon as it is here (focus moves to it).
 */
export function RegionFilter({ id, region, placeholder, onChange }: Props) {
  const language = currentLanguage();
  const [wanted, setWanted] = useState<'focus' | 'open'>();
  const path = region ? [region.slice(0, 2), ...(region.length >= 4 ? [region.slice(0, 4)] : [])] : [];
  const label = regionPath(useRegions(), region)
    .map((r) => (language === 'en' ? r.en : r.zh))
    .join(' / ');

  const standIn = (
    <Select
      id={id}
      open={false}
      value={region || undefined}
      options={region ? [{ value: region, label }] : []}
      placeholder={placeholder}
      style={{ width: '100%' }}
      onMouseEnter={() => void loadCascader()}
      onMouseDown={() => setWanted('open')}
      onFocus={() => setWanted((w) => w ?? 'focus')}
      onKeyDown={(e: KeyboardEvent) => {
        if (e.key === 'Enter' || e.key === ' ' || e.key === 'ArrowDown') setWanted('open');
      }}
    />
  );
  if (!wanted) return standIn;
  return (
    <Suspense fallback={standIn}>
      <RegionCascader
        id={id}
        value={path}
        placeholder={placeholder}
        onChange={onChange}
        autoFocus
        openAtOnce={wanted === 'open'}
      />
    </Suspense>
  );
}
