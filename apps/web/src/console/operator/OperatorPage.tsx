import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useParkBreadcrumb } from '../parkBreadcrumb';
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
  const { parkId = '' } = useParams();
  const park = usePark(parkId);
  const breadcrumb = useParkBreadcrumb(parkId, park.data?.name, title);
  useDocumentTitle(title);
  return (
    <>
      <PageHeader
        title={title}
        subTitle={park.data ? `${park.data.name} · ${subTitle}` : subTitle}
        extra={extra}
        breadcrumb={breadcrumb}
      />
      <OperatorNav parkId={parkId} />
      {children(parkId)}
    </>
  );
}
