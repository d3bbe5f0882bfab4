import { describe, expect, it } from "vitest";
import { filterParams, parsePortfolioFilters } from "./schema";

describe("parsePortfolioFilters", () => {
  it("gives the defaults for an empty URL", () => {
    expect(parsePortfolioFilters({})).toEqual({ bucket: "week", range: "52w", project: [], team: undefined, sprints: 6, vs: 4 });
  });

  it("reads every filter", () => {
    expect(parsePortfolioFilters({ bucket: "quarter", range: "all", project: "web,shop", team: "platform", sprints: "3", vs: "12" })).toEqual({
      bucket: "quarter",
      range: "all",
      project: ["shop", "web"],
      team: "platform",
      sprints: 3,
      vs: 12,
    });
  });

  it("accepts repeated project params, folds duplicates and drops invalid slugs", () => {
    expect(parsePortfolioFilters({ project: ["shop", "web,shop", "Bad Slug!", ""] }).project).toEqual(["shop", "web"]);
  });

  it("falls back to defaults for invalid values instead of failing", () => {
    const f = parsePortfolioFilters({ bucket: "month", range: "7w", team: "NOT A SLUG", sprints: "99", vs: "x" });
    expect(f).toMatchObject({ bucket: "week", range: "52w", team: undefined, sprints: 6, vs: 4 });
    expect(parsePortfolioFilters({ sprints: "0" }).sprints).toBe(6);
    expect(parsePortfolioFilters({ sprints: "2.5" }).sprints).toBe(6);
  });

  it("takes the first of repeated single-valued params", () => {
    expect(parsePortfolioFilters({ bucket: ["quarter", "week"] }).bucket).toBe("quarter");
  });
});

describe("filterParams", () => {
  it("leaves defaults out and round-trips through the parser", () => {
    expect(filterParams(parsePortfolioFilters({}))).toEqual({
      bucket: undefined,
      range: undefined,
      project: undefined,
      team: undefined,
      sprints: undefined,
      vs: undefined,
    });
    const f = parsePortfolioFilters({ bucket: "quarter", project: ["a", "b"], team: "t", sprints: "2", vs: "8", range: "26w" });
    expect(parsePortfolioFilters(filterParams(f) as Record<string, string>)).toEqual(f);
  });
});
