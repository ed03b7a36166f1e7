// The shared kernel: plain TypeScript that every context's domain may use. No Nest, no
// TypeORM, no I/O, so domain code that imports it stays pure and fast to test.
export * from './assert-never';
export * from './deal-kind';
export * from './domain-error';
export * from './download-name';
export * from './field-reader';
export * from './locale';
export * from './time';
export * from './regions';
