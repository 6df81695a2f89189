// `npm run errors:check -- <path-to-reference-error-codes.md>`: compare a revision of Microsoft's AADSTS reference
// (MicrosoftDocs/entra-docs, docs/identity-platform/reference-error-codes.md) with the one our table records, and list
// the codes added and removed. Exits 1 when the file has codes our table gives no entry (they would read "unknown").
import { existsSync, readFileSync } from 'node:fs';
import { compareReference, recordedReference, referenceCodesIn, tableCodes } from './error-reference.ts';

const [path] = process.argv.slice(2);
if (!path || !existsSync(path)) {
  console.error('usage: npm run errors:check -- <path-to-reference-error-codes.md>');
  process.exit(2);
}
const newer = referenceCodesIn(readFileSync(path, 'utf8'));
if (newer.length === 0) {
  console.error(`${path}: no "| AADSTSnnnnn |" table rows found; is it the error-code reference?`);
  process.exit(2);
}
const recorded = recordedReference();
const { added, removed, withoutEntry } = compareReference(newer, recorded.codes, tableCodes());
console.log(`recorded: entra-docs@${recorded.commit.slice(0, 12)} (ms.date ${recorded.msDate}), ${recorded.codes.length} codes`);
console.log(`${path}: ${newer.length} codes`);
console.log(`added (${added.length}): ${added.join(' ') || 'none'}`);
console.log(`removed (${removed.length}): ${removed.join(' ') || 'none'}`);
console.log(`without an entry in our table (${withoutEntry.length}): ${withoutEntry.join(' ') || 'none'}`);
if (withoutEntry.length > 0) {
  console.log('Give each a kind in utils/errors/codes/, then record the new revision in utils/errors/reference.ts.');
  process.exit(1);
}
