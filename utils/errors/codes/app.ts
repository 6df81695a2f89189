import type { ErrorFacts } from '../types';

/** The app's own setup and permissions. Sorted by code. */
export const appErrors: readonly ErrorFacts[] = [
  { code: '50011', fixedBy: 'app' },
  { code: '50012', fixedBy: 'admin' },
  { code: '50027', fixedBy: 'app' },
  { code: '50127', fixedBy: 'you' },
  { code: '50194', fixedBy: 'app' },
  { code: '50196', fixedBy: 'app' },
  { code: '54005', fixedBy: 'app' },
  { code: '65001', fixedBy: 'admin' },
  { code: '65004', fixedBy: 'you' },
  { code: '75011', fixedBy: 'app' },
  { code: '90094', fixedBy: 'admin' },
  { code: '90095', fixedBy: 'admin' },
  { code: '700016', fixedBy: 'admin' },
  { code: '1000031', fixedBy: 'admin' },
];
