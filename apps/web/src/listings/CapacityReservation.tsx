import { Skeleton } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../account/session';
import { ErrorResult } from '../components/QueryState';
import type { ReservationInput } from '../deals/queries';
import { currentLanguage } from '../i18n';
import { formatDate } from '../i18n/format';
import { SignInToAct } from './SignInToAct';
import { useCapacity } from './queries';
import { earliestBookableDay } from './notice';
import type { CapacityDetails, Listing } from './types';
import { Panel } from '../components/Panel';

const CapacityReservationForm = lazy(() => import('./CapacityReservationForm'));

/**
 * Capacity: what remains in each period (a plain table: a handful of rows need no data
 * grid), and for signed-in users the reservation request, loaded with them.
 */
export function CapacityReservation({ listing, prefill }: { listing: Listing; prefill?: Partial<ReservationInput> }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { status } = useSession();
  const capacity = useCapacity(listing.id, true);
  const unitKey = (['machine_hour', 'piece', 'tonne'] as const).find((u) => u === capacity.data?.unit);
  const unit = unitKey ? t(`capacityUnit.${unitKey}`) : (capacity.data?.unit ?? '');
  const noticeDays = (listing.details as unknown as CapacityDetails).leadTimeDays ?? 0;
  const earliest = earliestBookableDay(noticeDays);

  return (
    <Panel title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('reservation.title')}</h2>}>
      {capacity.isPending ? (
        <Skeleton active />
      ) : capacity.isError ? (
        <ErrorResult error={capacity.error} onRetry={() => void capacity.refetch()} />
      ) : (
        <div className="periods-scroll">
          <table className="periods">
            <thead>
              <tr>
                <th scope="col">{t('reservation.period')}</th>
                <th scope="col">{t('reservation.remaining')}</th>
              </tr>
            </thead>
            <tbody>
              {capacity.data.periods.map((p) => {
                const percent = p.offered ? Math.round((p.remaining / p.offered) * 100) : 0;
                // Over before the booking notice lets a reservation start: shown, not offered.
                const closed = p.end < earliest;
                return (
                  <tr key={p.start} className={closed ? 'periods-closed' : undefined}>
                    <td>
                      {`${formatDate(p.start, language)} – ${formatDate(p.end, language)}`}
                      {closed && <div className="periods-note">{t('reservation.withinNotice')}</div>}
                    </td>
                    <td>
                      {p.remaining} / {p.offered} {unit}
                      <div
                        className="periods-bar"
                        role="progressbar"
                        aria-valuemin={0}
                        aria-valuemax={100}
                        aria-valuenow={percent}
                        aria-label={t('reservation.remainingOf', { remaining: p.remaining, offered: p.offered })}
                      >
                        <div style={{ width: `${percent}%` }} />
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {status !== 'signedIn' ? (
        <SignInToAct text={t('reservation.signIn')} />
      ) : (
        <Suspense fallback={<Skeleton active paragraph={{ rows: 3 }} style={{ marginTop: 16 }} />}>
          <CapacityReservationForm
            listing={listing}
            prefill={prefill}
            noticeDays={noticeDays}
            earliest={earliest}
            quantityLabel={t('reservation.quantity', {
              unit,
              per: t(`reservation.per.${capacity.data?.per ?? 'month'}`),
            })}
          />
        </Suspense>
      )}
    </Panel>
  );
}
