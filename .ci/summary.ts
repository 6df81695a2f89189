// Prints one closing line for CI from Vitest's JSON reports: "Tests: N passed, N failed".
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
for (const file of ['.output/test-results/unit.json', '.output/test-results/e2e.json']) {
  if (!existsSync(file)) throw new Error(`${file} is missing: did that suite run?`);
  const report = JSON.parse(readFileSync(file, 'utf8')) as { numPassedTests: number; numFailedTests: number };
  passed += report.numPassedTests;
  failed += report.numFailedTests;
}
console.log(`Tests: ${passed} passed, ${failed} failed`);
if (failed > 0 || passed === 0) process.exit(1);
