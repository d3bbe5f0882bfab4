import { describe, expect, it } from "vitest";
import { coverageCrossings, newFindingCrossings, sortCrossings, type FindingRef } from "./crossings";
import { moduleState as m } from "./fixtures";

const f = (fingerprint: string, over: Partial<FindingRef> = {}): FindingRef => ({
  fingerprint,
  module: "billing",
  kind: "complex-function",
  file: "src/billing/invoice.py",
  startLine: 88,
  symbol: "Invoice.render",
  value: 14,
  threshold: 10,
  ...over,
});
const owners = new Map([["billing", ["@acme/payments"]]]);

describe("newFindingCrossings", () => {
  it("lists findings present now but not a week ago, with owner and location", () => {
    const got = newFindingCrossings("shop", ["old"], [f("old"), f("new")], owners);
    expect(got).toEqual([
      {
        project: "shop",
        kind: "complex-function",
        module: "billing",
        owners: ["@acme/payments"],
        location: "src/billing/invoice.py:88",
        symbol: "Invoice.render",
        detail: "CCN 14 > 10",
      },
    ]);
  });

  it("covers new clones (with the other location) and new undocumented public symbols", () => {
    const got = newFindingCrossings(
      "shop",
      [],
      [
        f("c1", { kind: "clone", symbol: null, value: 32, threshold: 5, startLine: 200, other: { file: "src/billing/credit.py", startLine: 40 } }),
        f("d1", { kind: "undocumented-symbol", file: "src/billing/tax.py", startLine: 12, symbol: "vat_rate", value: 1, threshold: null }),
      ],
      owners,
    );
    expect(got.map((c) => [c.kind, c.location, c.detail])).toEqual([
      ["clone", "src/billing/invoice.py:200", "32 duplicated lines, also at src/billing/credit.py:40"],
      ["undocumented-symbol", "src/billing/tax.py:12", "public symbol without documentation"],
    ]);
  });

  it("ignores other finding kinds, complex functions not over their threshold and duplicate fingerprints", () => {
    const got = newFindingCrossings(
      "shop",
      [],
      [f("t", { kind: "uncovered-file" }), f("r", { kind: "missing-readme" }), f("low", { value: 10, threshold: 10 }), f("x"), f("x")],
      owners,
    );
    expect(got.map((c) => c.symbol)).toEqual(["Invoice.render"]);
    expect(got).toHaveLength(1);
  });

  it("uses the finding's own threshold and gives modules without owners an empty list", () => {
    const got = newFindingCrossings("shop", [], [f("a", { module: "api", value: 16, threshold: 15 })], owners);
    expect(got[0]).toMatchObject({ detail: "CCN 16 > 15", owners: [] });
  });
});

describe("coverageCrossings", () => {
  it("flags a module that fell below the minimum, but not one already below it", () => {
    const before = [m("billing", { coveredLines: 850 }), m("api", { coveredLines: 500 })];
    const now = [m("billing", { coveredLines: 790 }), m("api", { coveredLines: 450 })];
    const got = coverageCrossings("shop", before, now, 0.8);
    expect(got).toEqual([
      {
        project: "shop",
        kind: "coverage-below-minimum",
        module: "billing",
        owners: ["@acme/billing"],
        location: "src/billing",
        symbol: null,
        detail: "coverage 79.0% < minimum 80.0% (was 85.0%)",
      },
    ]);
  });

  it("counts exactly the minimum as not below it", () => {
    expect(coverageCrossings("p", [m("a", { coveredLines: 900 })], [m("a", { coveredLines: 800 })], 0.8)).toEqual([]);
  });

  it("flags new modules and modules whose coverage was unknown; never modules whose coverage is unknown now", () => {
    const got = coverageCrossings(
      "p",
      [m("was-unknown", { coveredLines: null, validLines: null }), m("now-unknown", { coveredLines: 100 })],
      [m("was-unknown", { coveredLines: 100 }), m("now-unknown", { coveredLines: null, validLines: null }), m("fresh", { coveredLines: 100, path: "" })],
      0.8,
    );
    expect(got.map((c) => [c.module, c.location, c.detail])).toEqual([
      ["was-unknown", "src/was-unknown", "coverage 10.0% < minimum 80.0% (was unknown)"],
      ["fresh", ".", "coverage 10.0% < minimum 80.0% (new module)"],
    ]);
  });

  it("treats every module as new when there was no scan before", () => {
    expect(coverageCrossings("p", null, [m("a", { coveredLines: 10 })], 0.5)).toHaveLength(1);
  });
});

describe("sortCrossings", () => {
  it("orders by kind (coverage first), project, module and location with line numbers in numeric order", () => {
    const got = sortCrossings([
      ...newFindingCrossings("shop", [], [f("2", { startLine: 100 }), f("1", { startLine: 9 }), f("3", { kind: "clone", startLine: 1 })], owners),
      ...coverageCrossings("shop", null, [m("zeta", { coveredLines: 0 })], 0.8),
    ]);
    expect(got.map((c) => `${c.kind} ${c.location}`)).toEqual([
      "coverage-below-minimum src/zeta",
      "complex-function src/billing/invoice.py:9",
      "complex-function src/billing/invoice.py:100",
      "clone src/billing/invoice.py:1",
    ]);
  });
});
