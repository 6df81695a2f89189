import type { ErrorFacts } from '../types';

/** Extra verification (MFA), security info and device codes. Sorted by code. */
export const verificationErrors: readonly ErrorFacts[] = [
  { code: '50072', fixedBy: 'you' },
  { code: '50074', fixedBy: 'you' },
  { code: '50076', fixedBy: 'you' },
  { code: '50078', fixedBy: 'you' },
  { code: '50079', fixedBy: 'you' },
  { code: '50087', fixedBy: 'you' },
  { code: '50088', fixedBy: 'you' },
  { code: '50158', fixedBy: 'you' },
  { code: '53004', fixedBy: 'admin' },
  { code: '53010', fixedBy: 'you' },
  { code: '70018', fixedBy: 'you' },
  { code: '70019', fixedBy: 'you' },
];
