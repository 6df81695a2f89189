import type { ErrorFacts } from '../types';

/** The wrong account, organization or cloud for this sign-in. Sorted by code. */
export const organizationErrors: readonly ErrorFacts[] = [
  { code: '16000', fixedBy: 'you' },
  { code: '16001', fixedBy: 'you' },
  { code: '50014', fixedBy: 'admin' },
  { code: '50020', fixedBy: 'admin' },
  { code: '50059', fixedBy: 'admin' },
  { code: '51004', fixedBy: 'admin' },
  { code: '81012', fixedBy: 'you' },
  { code: '90002', fixedBy: 'app' },
  { code: '90019', fixedBy: 'app' },
  { code: '90038', fixedBy: 'you' },
  { code: '90072', fixedBy: 'admin' },
  { code: '500011', fixedBy: 'admin' },
  { code: '500014', fixedBy: 'admin' },
  { code: '500208', fixedBy: 'you' },
  { code: '500212', fixedBy: 'admin' },
  { code: '500213', fixedBy: 'admin' },
  { code: '650052', fixedBy: 'admin' },
];
