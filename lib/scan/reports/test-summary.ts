import type { TestCase } from "./junit";

export interface TestSummary {
  tests: number;
  /** Failed plus errored tests: an error (a broken fixture, a crash) fails the build just the same. */
  failures: number;
  skipped: number;
  durationMs: number;
  slowest: Array<{ name: string; file: string | null; durationMs: number }>;
  flaky: Array<{ name: string; file: string | null }>;
}

/** The scan document accepts at most 100 slowest tests per module. */
export const MAX_SLOWEST = 100;

/**
 * Totals for the scan document's test results. Flaky tests passed in the end, so they count as
 * passed (as Surefire counts flakes) and are listed under `flaky`; skipped tests count in `tests`.
 */
export function summarizeTests(cases: readonly TestCase[], options: { slowest?: number } = {}): TestSummary {
  const limit = Math.max(0, Math.min(options.slowest ?? 10, MAX_SLOWEST));
  let failures = 0;
  let skipped = 0;
  let durationMs = 0;
  for (const c of cases) {
    if (c.status === "failed" || c.status === "error") failures++;
    else if (c.status === "skipped") skipped++;
    durationMs += c.durationMs;
  }
  const slowest = cases
    .filter((c) => c.status !== "skipped" && c.durationMs > 0)
    .sort((a, b) => b.durationMs - a.durationMs || compare(testName(a), testName(b)))
    .slice(0, limit)
    .map((c) => ({ name: testName(c), file: c.file, durationMs: round(c.durationMs) }));
  const flaky = cases
    .filter((c) => c.flaky)
    .map((c) => ({ name: testName(c), file: c.file }))
    .sort((a, b) => compare(a.name, b.name));
  return { tests: cases.length, failures, skipped, durationMs: round(durationMs), slowest, flaky };
}

/**
 * "classname.name" as JUnit tools show it, or the bare name when the classname is a file path
 * (vitest, Playwright), since the file is reported separately.
 */
export function testName(c: Pick<TestCase, "name" | "classname">): string {
  const classname = c.classname;
  const pathLike = classname.includes("/") || classname.includes("\\");
  const full = classname === "" || pathLike ? c.name : `${classname}.${c.name}`;
  return full.length > 1024 ? full.slice(0, 1021) + "..." : full;
}

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
