import { describe, expect, it } from "vitest";
import { seededRandom } from "./seeded-random";
import { CATEGORIES, FINDING_KINDS, findingSchema, type Finding } from "../ingest/schema";
import { fastFinding } from "./finding-check";

const pick = <T>(r: (n: number) => number, xs: readonly T[]): T => xs[r(xs.length)]!;

/** Mostly valid values of each field, and the edge cases on both sides of each rule. */
function candidate(r: (n: number) => number): Record<string, unknown> {
  const strings = (max: number) => ["", "a", "src/x.py", "a".repeat(max), "a".repeat(max + 1), "nul\u0000", "ünïcode ✓"];
  const lines = [1, 2, 40, 0, -1, 1.5, Number.MAX_SAFE_INTEGER, 2 ** 53, Number.NaN, Infinity, "3", null, undefined];
  const amounts = [0, -0, 3, 2.5, -1, Number.NaN, Infinity, null, undefined, "1"];
  const f: Record<string, unknown> = {
    category: pick(r, [...CATEGORIES, "security", 1]),
    kind: pick(r, [...FINDING_KINDS, "smell"]),
    file: pick(r, [...strings(1024), null, undefined]),
    startLine: pick(r, lines),
    endLine: pick(r, lines),
    symbol: pick(r, [...strings(1024), null, undefined]),
    value: pick(r, amounts),
    threshold: pick(r, amounts),
    message: pick(r, [...strings(2000), null, undefined]),
    fingerprint: pick(r, [...strings(128), null, undefined]),
    other: pick(r, [
      null, undefined, "x", [], { file: "b.py", startLine: 3, endLine: 9 }, { file: "b.py", startLine: 3, endLine: 9, extra: 1 },
      { file: "", startLine: 3, endLine: 9 }, { file: "b.py", startLine: 0, endLine: 9 }, { file: "b.py", startLine: 9, endLine: 3 },
    ]),
  };
  // Key order of the scanner's own findings (finalFinding), and extra or missing keys.
  if (r(4) === 0) f.extra = "dropped";
  if (r(8) === 0) delete f[pick(r, Object.keys(f))];
  return f;
}

describe("fastFinding", () => {
  it("returns exactly what findingSchema returns, key order included, or leaves the finding to zod", () => {
    let accepted = 0;
    for (let seed = 1; seed <= 20_000; seed++) {
      const r = seededRandom(seed);
      // Half the cases valid in every field, so acceptance is exercised as much as refusal.
      const f = seed % 2 ? candidate(r) : { ...candidate(r), category: "duplication", kind: "clone", file: "a.py", startLine: 3, endLine: 8, value: 6 };
      const fast = fastFinding(f as Finding);
      const zod = findingSchema.safeParse(f);
      if (fast === null) continue;
      accepted++;
      expect(zod.success, `seed ${seed}: accepted what zod refuses`).toBe(true);
      expect(JSON.stringify(fast), `seed ${seed}`).toBe(JSON.stringify(zod.data));
      expect(fast).toEqual(zod.data);
    }
    expect(accepted).toBeGreaterThan(1000);
  });

  it("accepts the scanner's findings as they are built", () => {
    const f = {
      startLine: null, endLine: null, symbol: null, threshold: null, message: null, other: null,
      category: "complexity", kind: "complex-function", file: "pkg/a.py", value: 12, fingerprint: "f".repeat(32),
    } as unknown as Finding;
    expect(fastFinding(f)).toEqual(findingSchema.parse(f));
  });
});
