export {
  type BookingRules,
  defaultBookingRules,
  FREE_TIME_HORIZON_DAYS,
  type OpeningHours,
  type OpeningInterval,
  type Weekday,
  WEEKDAYS,
} from './booking-rules';
export * from './attachment';
export * from './capacity-details';
export * from './equipment-details';
export * from './ip-details';
export * from './listing-details';
export * from './listing-kind';
export * from './listing-status';
export * from './listings.errors';
export * from './money';
export * from './patent-number';
export * from './taxonomy';
export * from './listing-content';
export * from './reason-templates';
export * from './listing-columns';
export * from './listing-imports.errors';
