import { Cascader } from 'antd';
import { useState } from 'react';
import { currentLanguage } from '../i18n';
import { regionOptions, useRegions } from './regions';

export interface RegionCascaderProps {
  id: string;
  /** The chosen region's path: [province] or [province, city] codes. */
  value: string[];
  placeholder: string;
  onChange: (code: string | undefined) => void;
  /** Opened by the click (or key) that loaded it. */
  openAtOnce?: boolean;
  autoFocus?: boolean;
}

/** Province → city, either level can be chosen (the search matches a code's prefix). */
export default function RegionCascader({
  id,
  value,
  placeholder,
  onChange,
  openAtOnce,
  autoFocus,
}: RegionCascaderProps) {
  const language = currentLanguage();
  const [open, setOpen] = useState(openAtOnce ?? false);
  const options = regionOptions(useRegions(), language);
  return (
    <Cascader
      id={id}
      changeOnSelect
      autoFocus={autoFocus}
      open={open}
      onOpenChange={setOpen}
      value={value}
      placeholder={placeholder}
      options={options}
      onChange={(path) => onChange(path?.length ? String(path[path.length - 1]) : undefined)}
      style={{ width: '100%' }}
    />
  );
}
