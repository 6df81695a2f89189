import type { ErrorFacts } from '../types';

/** The organization's access rules: devices, networks, risk, security defaults. Sorted by code. */
export const accessRulesErrors: readonly ErrorFacts[] = [
  { code: '50005', fixedBy: 'admin' },
  { code: '50097', fixedBy: 'admin' },
  { code: '50105', fixedBy: 'admin' },
  { code: '50129', fixedBy: 'you' },
  { code: '50131', fixedBy: 'admin' },
  { code: '50155', fixedBy: 'admin' },
  { code: '50168', fixedBy: 'you' },
  { code: '50180', fixedBy: 'admin' },
  { code: '53000', fixedBy: 'admin' },
  { code: '53001', fixedBy: 'admin' },
  { code: '53002', fixedBy: 'you' },
  { code: '53003', fixedBy: 'admin' },
  { code: '53011', fixedBy: 'admin' },
  { code: '135011', fixedBy: 'admin' },
  { code: '500021', fixedBy: 'admin' },
  { code: '530003', fixedBy: 'admin' },
  { code: '530032', fixedBy: 'admin' },
  { code: '530034', fixedBy: 'admin' },
  { code: '530035', fixedBy: 'admin' },
];
