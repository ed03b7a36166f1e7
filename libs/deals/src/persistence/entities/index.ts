import { CalendarFeedEntity } from './calendar-feeds.entity';
import { BookingEntity } from './bookings.entity';
import { CapacityPeriodEntity } from './capacity-periods.entity';
import { DealDocumentEntity } from './deal-documents.entity';
import { DealEventEntity } from './deal-events.entity';
import { DealMessageEntity } from './deal-messages.entity';
import { DealOfferEntity } from './deal-offers.entity';
import { DealEntity } from './deals.entity';
import { EquipmentQualificationEntity } from './equipment-qualifications.entity';
import { LicenceAgreementEntity } from './licence-agreements.entity';
import { ListingFreeTimeEntity } from './listing-free-time.entity';
import { ReservationPeriodEntity } from './reservation-periods.entity';
import { ReviewEntity } from './reviews.entity';

export * from './bookings.entity';
export * from './capacity-periods.entity';
export * from './deal-documents.entity';
export * from './calendar-feeds.entity';
export * from './deal-events.entity';
export * from './deal-messages.entity';
export * from './deal-offers.entity';
export * from './deals.entity';
export * from './equipment-qualifications.entity';
export * from './licence-agreements.entity';
export * from './listing-free-time.entity';
export * from './reservation-periods.entity';
export * from './reviews.entity';

/** Every table of the deals context, for the DataSource. */
export const dealsEntities = [
  BookingEntity,
  CalendarFeedEntity,
  CapacityPeriodEntity,
  DealDocumentEntity,
  DealEventEntity,
  DealMessageEntity,
  DealOfferEntity,
  DealEntity,
  EquipmentQualificationEntity,
  LicenceAgreementEntity,
  ListingFreeTimeEntity,
  ReservationPeriodEntity,
  ReviewEntity,
];
