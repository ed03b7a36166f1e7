export * from './file-upload';
export * from './problem-details.filter';
export * from './validation';
export * from './request-locale.decorator';
export * from './hostile-input';
