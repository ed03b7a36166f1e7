export const hello = 'platform';
