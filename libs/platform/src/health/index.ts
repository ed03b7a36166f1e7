export * from './dependency-monitor';
export * from './health.module';
export * from './shutdown';
