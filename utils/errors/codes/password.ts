import type { ErrorFacts } from '../types';

/** Username, password and account state. Sorted by code. */
export const passwordErrors: readonly ErrorFacts[] = [
  { code: '50034', fixedBy: 'you' },
  { code: '50053', fixedBy: 'you' },
  { code: '50055', fixedBy: 'you' },
  { code: '50056', fixedBy: 'you' },
  { code: '50057', fixedBy: 'admin' },
  { code: '50064', fixedBy: 'you' },
  { code: '50125', fixedBy: 'you' },
  { code: '50126', fixedBy: 'you' },
  { code: '50128', fixedBy: 'you' },
  { code: '50132', fixedBy: 'you' },
  { code: '50133', fixedBy: 'you' },
  { code: '50135', fixedBy: 'you' },
  { code: '50142', fixedBy: 'you' },
  { code: '50144', fixedBy: 'you' },
  { code: '50173', fixedBy: 'you' },
];
