import { accountCodes } from './codes/account';
import { appCodes } from './codes/app';
import { organizationCodes } from './codes/organization';
import { verificationCodes } from './codes/verification';
import { kindFixers } from './kinds';
import { ownWords } from './own-words';
import type { ErrorFacts, ErrorKind, KindCodes } from './types';

export type { ErrorExplanation, ErrorFacts, ErrorFixer, ErrorKind } from './types';
export { errorCodeSource, errorKinds } from './types';

/** The kind modules, one per group of kinds; a code is in exactly one kind (a unit test checks). */
export const kindModules: Readonly<Record<string, KindCodes>> = { accountCodes, appCodes, organizationCodes, verificationCodes };

/** Every code we explain offline, with its kind and who can fix it, sorted numerically by code. */
export const errorFacts: readonly ErrorFacts[] = Object.values(kindModules)
  .flatMap((module) =>
    Object.entries(module).flatMap(([kind, codes]) =>
      (codes ?? []).map((code) => {
        const own = ownWords[code];
        return { code, kind: kind as ErrorKind, fixedBy: own ?? kindFixers[kind as keyof typeof kindFixers], ownWords: own !== undefined };
      }),
    ),
  )
  .sort((a, b) => Number(a.code) - Number(b.code));
