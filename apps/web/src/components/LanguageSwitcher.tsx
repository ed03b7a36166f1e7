import { GlobalOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { getAccessToken } from '../api/token';
import { changeLanguage, currentLanguage, type Language, LANGUAGES } from '../i18n';

const NAMES: Record<Language, string> = { 'zh-CN': '简体中文', en: 'English' };

/** Switches the language, remembered on this device and, when signed in, on the account. */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const current = currentLanguage();
  const choose = async (language: Language) => {
    await changeLanguage(language);
    if (getAccessToken()) await api.PATCH('/api/v1/me', { body: { locale: language } }).catch(() => undefined);
  };
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        selectable: true,
        selectedKeys: [current],
        items: LANGUAGES.map((l) => ({ key: l, label: <span lang={l}>{NAMES[l]}</span> })),
        onClick: ({ key }) => void choose(key as Language),
      }}
    >
      <Button type="text" icon={<GlobalOutlined />} aria-label={t('nav.language')}>
        <span className="hide-narrow">{NAMES[current]}</span>
      </Button>
    </Dropdown>
  );
}
