import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useOperatedParkIds } from './queries';

/** `/console/park`: the first park one operates, or why there is none. */
export default function OperatorHome() {
  const { t } = useTranslation();
  const parkIds = useOperatedParkIds();
  useDocumentTitle(t('console.operator.section'));
  if (parkIds.length > 0) return <Navigate to={`/console/parks/${parkIds[0]}/verifications`} replace />;
  return (
    <>
      <PageHeader title={t('console.operator.section')} />
      <p>{t('console.operator.noPark')}</p>
    </>
  );
}
