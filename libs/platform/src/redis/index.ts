export * from './redis.module';
export * from './redis-options';
export * from './fallback-throttler-storage';
