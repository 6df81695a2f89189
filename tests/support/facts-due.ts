// `npm run facts:due [-- --today YYYY-MM-DD]`: the dated facts in the code not checked for six months, for someone to
// check again against their source (and then update the date). Information only: always exits 0.
import { allFacts, dueFacts } from './facts.ts';

const at = process.argv.indexOf('--today');
const today = at > 0 && /^\d{4}-\d{2}-\d{2}$/.test(process.argv[at + 1] ?? '') ? new Date(`${process.argv[at + 1]}T00:00:00Z`) : new Date();
const facts = allFacts();
const due = dueFacts(facts, today);
console.log(`facts:due ${today.toISOString().slice(0, 10)}: ${facts.length} dated facts, ${due.length} not checked for six months`);
for (const fact of due) console.log(`  ${fact.checked}  ${fact.where}  ${fact.what}`);
