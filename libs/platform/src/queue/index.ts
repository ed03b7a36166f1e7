export * from './job-handler';
export * from './job-handler-check';
export * from './queue-catalog';
export * from './queue.module';
export * from './batcher';
