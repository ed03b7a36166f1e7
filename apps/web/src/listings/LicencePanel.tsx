import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../account/session';
import { Panel } from '../components/Panel';
import { Paragraph } from '../components/Text';
import { SignInToAct } from './SignInToAct';
import type { Listing } from './types';

// The request form (Ant Design's Form, Select, InputNumber) loads for signed-in users only.
const LicenceRequest = lazy(() => import('./LicenceRequest').then((m) => ({ default: m.LicenceRequest })));

/** A patent's licence panel: the request form when signed in, else what it offers and a way to sign in. */
export function LicencePanel({ listing }: { listing: Listing }) {
  const { t } = useTranslation();
  const { status } = useSession();
  const title = <h2 style={{ fontSize: 16, margin: 0 }}>{t('licence.title')}</h2>;
  if (status === 'signedIn')
    return (
      <Suspense fallback={<Panel title={title} />}>
        <LicenceRequest listing={listing} />
      </Suspense>
    );
  const openLicence = (listing.details as { openLicence?: { declared?: boolean } | boolean }).openLicence;
  const open = typeof openLicence === 'object' ? Boolean(openLicence?.declared) : Boolean(openLicence);
  return (
    <Panel title={title}>
      {open && <Paragraph type="secondary">{t('licence.openHint')}</Paragraph>}
      <SignInToAct text={t('licence.signIn')} />
    </Panel>
  );
}
