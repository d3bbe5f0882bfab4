import { describe, expect, it } from "vitest";
import type { Clone } from "./duplication/detect-clones";
import { cloneFindingInput, finalizeChecked, moduleFindings, reusedFinal } from "./file-findings";
import { complexFunctionFinding, missingReadmeFinding } from "./findings";

const clone = (line: number, fingerprint = "f".repeat(32)): Clone => ({
  language: "python",
  a: { path: "a.py", startLine: line, endLine: line + 5, startToken: line * 10, endToken: line * 10 + 60 },
  b: { path: "b.py", startLine: line, endLine: line + 5, startToken: line * 10, endToken: line * 10 + 60 },
  tokens: 60, lines: 6, fingerprint,
});

describe("finalizeChecked with reuse", () => {
  it("gives what the plain path gives", () => {
    const c1 = clone(1);
    const c2 = clone(20);
    const inputs = [cloneFindingInput(c2, "a", true), cloneFindingInput(c1, "a", true), missingReadmeFinding("pkg")];
    expect(finalizeChecked(inputs, true)).toEqual(finalizeChecked([cloneFindingInput(c2, "a", false), cloneFindingInput(c1, "a", false), missingReadmeFinding("pkg")], false));
  });

  it("returns the same objects for the same inputs, and renumbers when a repeat appears", () => {
    const c1 = clone(5);
    const c2 = clone(20);
    const first = finalizeChecked([cloneFindingInput(c1, "a", true)], true);
    const again = finalizeChecked([cloneFindingInput(c1, "a", true)], true);
    expect(again[0]).toBe(first[0]);
    // Same content cloned earlier in the file: c1's finding becomes the second of its fingerprint.
    const c0 = { ...clone(1), a: { ...clone(1).a, startLine: 1 } };
    const shifted = finalizeChecked([cloneFindingInput(c1, "a", true), cloneFindingInput(c0, "a", true)], true);
    expect(shifted[1]!.fingerprint).toBe(`${"f".repeat(32)}#2`);
    expect(shifted[1]).not.toBe(first[0]);
    expect(finalizeChecked([cloneFindingInput(c2, "b", true)], true)[0]!.file).toBe("b.py");
  });
});

describe("moduleFindings", () => {
  it("returns the last array for the same input objects, rebuilds when one changes, never caches without reuse", () => {
    const c1 = clone(1);
    const inputs = [cloneFindingInput(c1, "b", true), missingReadmeFinding("pkg")];
    const fileLists = [finalizeChecked([missingReadmeFinding("other")], true)];
    const first = moduleFindings("m", inputs, fileLists, true);
    expect(first).toEqual(moduleFindings("fresh", [cloneFindingInput(c1, "b", false), missingReadmeFinding("pkg")], fileLists, false));
    // New arrays holding the same objects: the same result object, nothing renumbered.
    expect(moduleFindings("m", [...inputs], [...fileLists], true)).toBe(first);
    const moved = [cloneFindingInput(clone(2), "b", true), inputs[1]!];
    const second = moduleFindings("m", moved, fileLists, true);
    expect(second).not.toBe(first);
    expect(second.map((f) => f.startLine)).toContain(2);
    expect(moduleFindings("m", moved, fileLists, false)).not.toBe(second);
  });
});

describe("reusedFinal", () => {
  it("gives an input numbered with a fingerprint seen before the finding it gave then, for one fingerprint or several", () => {
    const input = complexFunctionFinding("pkg/r.py", { name: "f", longName: "f()", startLine: 3, endLine: 30, nloc: 20, ccn: 12, tokens: 90, params: 0 }, 10);
    const first = reusedFinal(input, "a".repeat(32));
    expect(first.fingerprint).toBe("a".repeat(32));
    expect(reusedFinal(input, "a".repeat(32))).toBe(first);
    const second = reusedFinal(input, `${"a".repeat(32)}#2`);
    expect(second.fingerprint).toBe(`${"a".repeat(32)}#2`);
    expect(second).not.toBe(first);
    expect(reusedFinal(input, "a".repeat(32))).toBe(first);
    expect(reusedFinal(input, `${"a".repeat(32)}#2`)).toBe(second);
  });
});
