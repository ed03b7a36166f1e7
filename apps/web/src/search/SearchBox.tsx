import { AutoComplete } from 'antd';
// Search's own module: Input's index brings TextArea, Password and OTP along.
import Search from 'antd/es/input/Search';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSuggestions } from './queries';

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/** The search box with completions from the API while typing. */
export function SearchBox({
  initial = '',
  onSearch,
  size = 'large',
}: {
  initial?: string;
  onSearch: (q: string) => void;
  size?: 'large' | 'middle';
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(initial);
  useEffect(() => setText(initial), [initial]);
  const suggestions = useSuggestions(useDebounced(text, 200));
  const options = (suggestions.data?.suggestions ?? []).map((s) => ({ value: s, label: s }));
  // Searching closes the suggestions, which would otherwise lie over the results.
  const search = (q: string) => {
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    onSearch(q);
  };
  return (
    <AutoComplete
      value={text}
      options={text.trim() ? options : []}
      onChange={setText}
      onSelect={(value: string) => search(value)}
      style={{ width: '100%' }}
    >
      <Search
        size={size}
        placeholder={t('search.placeholder')}
        aria-label={t('search.label')}
        enterButton={t('search.submit')}
        onSearch={(value) => search(value.trim())}
        allowClear
      />
    </AutoComplete>
  );
}
