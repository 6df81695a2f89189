import { rmSync } from 'node:fs';
import { policyFile } from './managed-policy';

/** A run that was killed may have left our managed-policy file behind; no other suite may see it. */
export default function removeStalePolicy(): () => void {
  rmSync(policyFile, { force: true });
  return () => rmSync(policyFile, { force: true });
}
