import type { ErrorFacts } from '../types';

/** Sessions that expired, ended or need one more confirmation. Sorted by code. */
export const sessionErrors: readonly ErrorFacts[] = [
  { code: '50058', fixedBy: 'you' },
  { code: '50089', fixedBy: 'you' },
  { code: '50140', fixedBy: 'you' },
  { code: '50199', fixedBy: 'you' },
  { code: '70043', fixedBy: 'you' },
  { code: '81010', fixedBy: 'you' },
  { code: '90024', fixedBy: 'you' },
  { code: '700082', fixedBy: 'you' },
];
