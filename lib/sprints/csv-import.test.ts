import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { computeBudget } from "./budget";
import { debtFromLabels, guessMapping, importCsv, mapStatus, parseCsv } from "./csv-import";

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, "fixtures", name), "utf8");

describe("parseCsv", () => {
  it("reads quoted fields with commas, doubled quotes and line breaks", () => {
    const { records, error } = parseCsv('a,b,c\n"x, y","say ""hi""","two\nlines"\n');
    expect(error).toBeUndefined();
    expect(records).toEqual([
      ["a", "b", "c"],
      ["x, y", 'say "hi"', "two\nlines"],
    ]);
  });
  it("drops a BOM, accepts CRLF and a missing final newline, skips blank lines", () => {
    expect(parseCsv("\uFEFFa,b\r\n1,2\r\n\r\n3,4").records).toEqual([
      ["a", "b"],
      ["1", "2"],
      ["3", "4"],
    ]);
  });
  it("keeps empty fields, trailing ones included", () => {
    expect(parseCsv("a,b,c\n1,,\n").records).toEqual([
      ["a", "b", "c"],
      ["1", "", ""],
    ]);
  });
  it("reports a quoted field that never closes, with its row", () => {
    expect(parseCsv('a,b\n1,2\n3,"open\n').error).toMatch(/Row 3/);
  });
  it("reads semicolon-separated exports", () => {
    expect(parseCsv("Key;Summary\nA-1;Hello, world\n").records[1]).toEqual(["A-1", "Hello, world"]);
  });
});

describe("guessMapping", () => {
  it("maps Jira's export headers, custom fields included", () => {
    const m = guessMapping(["Issue key", "Summary", "Issue Type", "Status", "Custom field (Story Points)", "Labels", "Labels", "Sprint"]);
    expect(m).toMatchObject({ key: "Issue key", summary: "Summary", estimate: "Custom field (Story Points)", labels: "Labels", status: "Status", sprint: "Sprint", type: "Issue Type" });
    expect(m.modules).toBeNull();
  });
  it("maps Linear's export headers", () => {
    const m = guessMapping(["ID", "Team", "Title", "Status", "Estimate", "Labels", "Cycle Name"]);
    expect(m).toMatchObject({ key: "ID", summary: "Title", estimate: "Estimate", status: "Status", sprint: "Cycle Name", labels: "Labels", url: null });
  });
});

describe("mapStatus", () => {
  it.each([
    ["To Do", "planned"],
    ["Backlog", "planned"],
    ["", "planned"],
    ["Todo", "planned"],
    ["In Progress", "in_progress"],
    ["In Review", "in_progress"],
    ["Done", "done"],
    ["Closed", "done"],
    ["Won't Do", "dropped"],
    ["Won’t do", "dropped"],
    ["Canceled", "dropped"],
    ["Cancelled", "dropped"],
    ["in_progress", "in_progress"],
  ])("%s → %s", (raw, status) => expect(mapStatus(raw)).toBe(status));
  it("answers null for a status it does not know", () => expect(mapStatus("Waiting for Godot")).toBeNull());
});

describe("debtFromLabels", () => {
  it("recognises the debt labels and their categories", () => {
    expect(debtFromLabels(["tech-debt"])).toEqual({ debt: true, category: null });
    expect(debtFromLabels(["TechDebt"])).toEqual({ debt: true, category: null });
    expect(debtFromLabels(["debt"])).toEqual({ debt: true, category: null });
    expect(debtFromLabels(["frontend", "debt:complexity"])).toEqual({ debt: true, category: "complexity" });
    expect(debtFromLabels(["debt:test", "tech-debt"])).toEqual({ debt: true, category: "test" });
    expect(debtFromLabels(["tech-debt/docs"])).toEqual({ debt: true, category: "docs" });
  });
  it("leaves other labels alone, including ones merely containing debt", () => {
    expect(debtFromLabels(["frontend", "debtor-portal"])).toEqual({ debt: false });
    expect(debtFromLabels([])).toEqual({ debt: false });
  });
  it("refuses an unknown category and two different ones", () => {
    expect(debtFromLabels(["debt:performance"])).toEqual({ error: expect.stringContaining('unknown debt category "performance"') });
    expect(debtFromLabels(["debt:test", "debt:docs"])).toEqual({ error: expect.stringContaining("several debt categories") });
  });
});

describe("importCsv", () => {
  it("imports a Jira sprint export: debt labels set type and category, other sprints skipped", () => {
    const p = importCsv(fixture("jira-sprint.csv"), { sprintName: "Sprint 14" });
    expect(p.error).toBeUndefined();
    expect(p.invalid).toEqual([]);
    expect(p.skipped).toEqual([{ row: 7, reason: 'sprint "Sprint 15"' }]);
    expect(p.items.map((r) => [r.row, r.item.externalKey, r.item.type, r.item.category, r.item.status, r.item.estimate])).toEqual([
      [2, "PAY-1", "feature", null, "planned", 5],
      [3, "PAY-2", "debt", "complexity", "in_progress", 3],
      [4, "PAY-3", "debt", "docs", "done", 2],
      [5, "PAY-4", "bug", null, "in_progress", 2],
      [6, "PAY-5", "feature", null, "dropped", 1],
    ]);
    expect(p.items[0].item.title).toBe("Checkout: support coupons, gift cards");
    expect(p.items[2].item.title).toBe('Write the "billing" README with examples');
    // 5 debt points of 12 counted (the dropped item is not).
    expect(computeBudget(p.items.map((r) => r.item), { target: 0.2, ended: false }).planned.debtShare).toBeCloseTo(5 / 12);
  });
  it("imports every row when no row names the sprint", () => {
    const p = importCsv(fixture("jira-sprint.csv"), { sprintName: "Sprint 99" });
    expect(p.items).toHaveLength(6);
    expect(p.skipped).toEqual([]);
  });
  it("imports a Linear cycle export with comma-separated labels", () => {
    const p = importCsv(fixture("linear-cycle.csv"), { sprintName: "Cycle 7" });
    expect(p.invalid).toEqual([]);
    expect(p.items.map((r) => [r.item.externalKey, r.item.type, r.item.category, r.item.status])).toEqual([
      ["ENG-10", "feature", null, "planned"],
      ["ENG-11", "debt", "test", "in_progress"],
      ["ENG-12", "debt", "duplication", "done"],
      ["ENG-13", "feature", null, "dropped"],
    ]);
  });
  it("lists every invalid row with its number and reason", () => {
    const csv = [
      "Issue key,Summary,Status,Story Points,Labels",
      "A-1,Good,To Do,3,",
      "A-2,,To Do,1,",
      "A-3,Bad points,To Do,three,",
      "A-4,Odd status,Parked,1,",
      "A-5,Bad label,To Do,1,debt:speed",
      "A-1,Same key,To Do,1,",
      "A-7,Negative,To Do,-2,",
    ].join("\n");
    const p = importCsv(csv);
    expect(p.items.map((r) => r.item.externalKey)).toEqual(["A-1"]);
    expect(p.invalid).toEqual([
      { row: 3, reason: "summary is empty" },
      { row: 4, reason: 'story points "three" is not a number' },
      { row: 5, reason: 'unknown status "Parked"' },
      { row: 6, reason: expect.stringContaining('unknown debt category "speed"') },
      { row: 7, reason: "key A-1 also on row 2" },
      { row: 8, reason: "story points: not negative" },
    ]);
  });
  it("counts rows as records, so a quoted line break does not shift later row numbers", () => {
    const p = importCsv('Key,Summary,Status\nA-1,"two\nlines",Done\nA-2,x,Nope\n');
    expect(p.invalid).toEqual([{ row: 3, reason: 'unknown status "Nope"' }]);
  });
  it("leaves estimates empty when blank and accepts a decimal comma", () => {
    const p = importCsv('Key,Summary,Estimate\nA-1,x,\nA-2,y,"2,5"\n');
    expect(p.items.map((r) => r.item.estimate)).toEqual([null, 2.5]);
  });
  it("follows an explicit mapping, and needs a summary column", () => {
    const csv = "Ticket,Headline,Size\nT-1,Do it,2\n";
    expect(importCsv(csv).error).toMatch(/Summary/);
    const p = importCsv(csv, { mapping: { key: "Ticket", summary: "Headline", estimate: "Size" } });
    expect(p.items[0].item).toMatchObject({ externalKey: "T-1", title: "Do it", estimate: 2 });
    expect(importCsv(csv, { mapping: { summary: "Nope" } }).error).toMatch(/No column "Nope"/);
  });
  it("reads modules from a mapped column", () => {
    const p = importCsv("Key,Summary,Components\nA-1,x,\"billing, auth\"\n", { mapping: { modules: "Components" } });
    expect(p.items[0].item.modules).toEqual(["billing", "auth"]);
  });
  it("answers an empty file and a header-only file", () => {
    expect(importCsv("").error).toBe("The file is empty.");
    const p = importCsv("Key,Summary\n");
    expect(p.error).toBeUndefined();
    expect(p.items).toEqual([]);
  });
});
