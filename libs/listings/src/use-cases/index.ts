export * from './change-listing-status.use-case';
export * from './create-listing.use-case';
export * from './get-listing.use-case';
export * from './moderation-queue.use-case';
export * from './report-listing.use-case';
export * from './update-listing.use-case';
