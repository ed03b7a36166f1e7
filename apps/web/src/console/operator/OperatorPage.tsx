import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { OperatorNav } from './OperatorNav';
import { usePark } from './queries';

/** The frame of a park console page: the park's name, the page's title and the console's links. */
export function OperatorPage({
  title,
  subTitle,
  extra,
  children,
}: {
  title: string;
  subTitle: string;
  extra?: ReactNode;
  children: (parkId: string) => ReactNode;
}) {
  const { t } = useTranslation();
  const { parkId = '' } = useParams();
  const park = usePark(parkId);
  useDocumentTitle(title);
  return (
    <>
      <PageHeader
        title={title}
        subTitle={park.data ? `${park.data.name} · ${subTitle}` : subTitle}
        extra={extra}
        breadcrumb={[{ title: t('console.operator.section'), to: '/console/park' }, { title }]}
      />
      <OperatorNav parkId={parkId} />
      {children(parkId)}
    </>
  );
}
