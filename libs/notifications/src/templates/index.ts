export * from './account-token';
export * from './common';
export * from './deal';
export * from './invitation';
export * from './locale';
export * from './match';
export * from './render';
