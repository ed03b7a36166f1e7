import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** `<title>`: the page's name, then the product's. */
export function useDocumentTitle(title: string | undefined): void {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = title ? `${title} - ${t('app.name')}` : t('app.title');
  }, [title, t]);
}
