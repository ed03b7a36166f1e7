export * from './table-file';
export * from './table-reader';
export * from './table-writer';
