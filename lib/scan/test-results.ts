import type { FindingInput } from "./findings";
import type { TestCase } from "./reports/junit";
import { testName } from "./reports/test-summary";

/** Failing (failed or errored), flaky and slow tests as findings; names as the summary shows them. */
export function testFindings(cases: readonly TestCase[], slowMs: number): FindingInput[] {
  const out: FindingInput[] = [];
  for (const c of cases) {
    const name = testName(c);
    if (c.status === "failed" || c.status === "error") {
      out.push({
        category: "test",
        kind: "failing-test",
        file: c.file,
        symbol: name,
        value: 1,
        message: (c.message ?? `${name} ${c.status === "error" ? "errored" : "failed"}`).slice(0, 2000),
      });
    }
    if (c.flaky) {
      out.push({ category: "test", kind: "flaky-test", file: c.file, symbol: name, value: 1, message: `${name} failed, then passed on a rerun` });
    }
    if (c.status !== "skipped" && c.durationMs > slowMs) {
      out.push({
        category: "test",
        kind: "slow-test",
        file: c.file,
        symbol: name,
        value: Math.round(c.durationMs),
        threshold: slowMs,
        message: `${name} took ${Math.round(c.durationMs)} ms (threshold ${slowMs} ms)`,
      });
    }
  }
  return out;
}
