/**
 * How long an end-to-end test waits for a signal (an attribute, a badge, a stored value, a request) before it fails.
 * Sized for a slow 2-core machine with both cores kept busy by other work (README: "Testing under load"): every wait
 * ends as soon as its signal comes, so a generous bound costs nothing when all is well and only decides how late a
 * real failure is reported. `expect.poll` gets it as its default in vitest.e2e.config.ts.
 */
export const signalTimeout = 30_000;

/** How often a poll looks again: often enough that a passing test is not slowed by it. */
export const pollInterval = 50;
