// Time in one place: calendar dates (`YYYY-MM-DD`), weeks and months, instants read from
// requests and shown in a zone, and half-open intervals of instants with their algebra.
export * from './calendar-date';
export * from './calendar-period';
export * from './instant';
export * from './interval';
export * from './time-zone';
export * from './china-calendar';
