import { GlobalOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { getAccessToken } from '../api/token';
import { changeLanguage, currentLanguage, type Language } from '../i18n';

/** Switches between the two languages; remembered on this device and, when signed in, on the account. */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const other: Language = currentLanguage() === 'zh-CN' ? 'en' : 'zh-CN';
  const choose = async (language: Language) => {
    await changeLanguage(language);
    if (getAccessToken()) await api.PATCH('/api/v1/me', { body: { locale: language } }).catch(() => undefined);
  };
  return (
    <Button
      type="text"
      icon={<GlobalOutlined aria-hidden />}
      onClick={() => void choose(other)}
      title={t('nav.switchLanguage')}
      lang={other}
    >
      {other === 'en' ? 'English' : '简体中文'}
    </Button>
  );
}
