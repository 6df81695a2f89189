import type { ErrorFixer, ErrorKind } from './types';

/** Who can fix each kind of error, unless a code with words of its own says otherwise. */
export const kindFixers: Readonly<Record<Exclude<ErrorKind, 'unknown'>, ErrorFixer>> = {
  'account-or-password': 'you',
  'account-blocked': 'admin',
  'password-change-needed': 'you',
  'password-change-failed': 'you',
  verification: 'you',
  'access-rules': 'admin',
  device: 'admin',
  'not-in-organization': 'admin',
  'wrong-cloud': 'you',
  'app-approval': 'admin',
  'app-setup': 'app',
  'organization-sign-in': 'admin',
  session: 'you',
  service: 'microsoft',
};
