import { describe, expect, it } from "vitest";
import { sortFindings, type FindingRow } from "./findings-table";

const row = (id: string, over: Partial<FindingRow>): FindingRow => ({
  id,
  category: "complexity",
  kind: "complex-function",
  file: "a.py",
  startLine: 1,
  endLine: 2,
  symbol: null,
  value: 1,
  threshold: null,
  message: null,
  remediationMinutes: 0,
  other: null,
  ...over,
});

describe("sortFindings", () => {
  const rows = [
    row("1", { remediationMinutes: 5, value: 30, file: "b.py", startLine: 9 }),
    row("2", { remediationMinutes: 50, value: 12, file: "b.py", startLine: 2 }),
    row("3", { remediationMinutes: 5, value: 1, file: null }),
  ];
  it("sorts by remediation minutes, then file", () => {
    expect(sortFindings(rows, "minutes").map((r) => r.id)).toEqual(["2", "3", "1"]);
  });
  it("sorts by measured value", () => {
    expect(sortFindings(rows, "value").map((r) => r.id)).toEqual(["1", "2", "3"]);
  });
  it("sorts by location, module-level findings first", () => {
    expect(sortFindings(rows, "file").map((r) => r.id)).toEqual(["3", "2", "1"]);
  });
});
