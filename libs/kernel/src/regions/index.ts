export * from './place-names';
export * from './regions';
