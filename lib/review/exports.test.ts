import { describe, expect, it } from "vitest";
import { computeBudget } from "@/lib/sprints/budget";
import { assembleReview, projectSections, type ProjectInputs } from "./assemble";
import { reviewFilename, reviewToCsv } from "./csv";
import { METRIC_INFO } from "./delta";
import { moduleState as m } from "./fixtures";
import { reviewToMarkdown } from "./markdown";
import type { ChangeRow, MetricKey, Review } from "./types";
import { formatNumber, reviewView } from "./view";

/** RFC 4180 parser, enough to read back what toCsv writes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted && ch === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (quoted && ch === '"') quoted = false;
    else if (quoted || (ch !== '"' && ch !== "," && ch !== "\r")) cell += ch;
    else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++; // the \n of CRLF
    }
  }
  return rows;
}

const scan = (sha: string, day: number) => ({ commitSha: sha.repeat(40 / sha.length), scannedAt: new Date(Date.UTC(2026, 10, day, 9)).toISOString() });

function inputs(slug: string, name: string): ProjectInputs {
  return {
    project: { slug, name, coverageMinimum: 0.8 },
    before: { scan: scan("a", 6), modules: [m("billing", { coveredLines: 850 }), m("old|parts"), m("docs", { coveredLines: null, validLines: null })] },
    now: {
      scan: scan("b", 13),
      modules: [
        m("billing", { coveredLines: 700, testDebt: 400, bugfixCommits: 5 }),
        m("docs", { coveredLines: null, validLines: null, readme: false, docsDebt: 55 }),
        m('search, "beta"', { owners: [] }),
      ],
    },
    nowFindings: [
      { fingerprint: "f1", module: "billing", kind: "complex-function", file: "src/billing/a.py", startLine: 3, symbol: "render", value: 12, threshold: 10 },
    ],
    beforeFingerprints: [],
  };
}

const budget = {
  team: { slug: "platform", name: "Platform" },
  sprint: { name: "Sprint 14", startDate: "2026-11-09", endDate: "2026-11-20", unit: "points" as const },
  budget: computeBudget(
    [
      { estimate: 3, type: "debt", status: "planned" },
      { estimate: 9, type: "feature", status: "done" },
    ],
    { target: 0.2, ended: false },
  ),
};

const week = { year: 2026, week: 46 };
const now = new Date("2026-11-21T12:00:00Z");
const project: Review = assembleReview({ kind: "project", org: "acme", slug: "shop", name: "Shop" }, week, now, [projectSections(inputs("shop", "Shop"))], [budget]);
const team: Review = assembleReview(
  { kind: "team", org: "acme", slug: "platform", name: "Platform" },
  week,
  now,
  [projectSections(inputs("shop", "Shop")), projectSections(inputs("web", "Web"))],
  [budget],
);

const pageCell = (unit: string, cell: string, status: string, side: "previous" | "current") => {
  if (cell === "") return status === (side === "previous" ? "added" : "removed") ? "—" : "?";
  if (cell === "unknown") return "unknown";
  return formatNumber(unit as (typeof METRIC_INFO)[MetricKey]["unit"], Number(cell));
};

describe("reviewToCsv", () => {
  for (const review of [project, team]) {
    it(`holds the page's change rows, in order, with the numbers the page formats (${review.scope.kind})`, () => {
      const [header, ...rows] = parseCsv(reviewToCsv(review));
      const offset = review.scope.kind === "team" ? 1 : 0;
      expect(header).toEqual([...(offset ? ["project"] : []), "module", "path", "category", "metric", "unit", "previous", "current", "change", "status"]);
      const view = reviewView(review);
      expect(rows).toHaveLength(view.changes.rows.length);
      expect(rows.length).toBeGreaterThan(10);
      rows.forEach((r, i) => {
        const page = view.changes.rows[i];
        const [module, , category, metric, unit, previous, current, , status] = r.slice(offset);
        expect(module).toBe(page[offset]);
        expect(category).toBe(review.changes[i].category);
        expect(METRIC_INFO[metric as MetricKey].label).toBe(page[offset + 2]);
        expect(pageCell(unit, previous, status, "previous")).toBe(page[offset + 3]);
        expect(pageCell(unit, current, status, "current")).toBe(page[offset + 4]);
        expect(status).toBe(view.changes.status[i]);
      });
    });
  }

  it("writes unknown as 'unknown', never 0, and leaves absent sides and unknown changes empty", () => {
    const [, ...rows] = parseCsv(reviewToCsv(project));
    const docsCoverage = rows.find((r) => r[0] === "docs" && r[3] === "coverage");
    expect(docsCoverage).toBeUndefined(); // unknown on both sides: unchanged, not listed
    const added = rows.find((r) => r[0] === 'search, "beta"' && r[3] === "coverage")!;
    expect(added.slice(5)).toEqual(["", "80", "", "added"]);
    const removed = rows.find((r) => r[0] === "old|parts" && r[3] === "debt")!;
    expect(removed.slice(5)).toEqual(["100", "", "", "removed"]);
    const worse = rows.find((r) => r[0] === "billing" && r[3] === "coverage")!;
    expect(worse.slice(4)).toEqual(["%", "85", "70", "-15", "worse"]);
  });

  it("quotes fields with commas and quotes (RFC 4180)", () => {
    expect(reviewToCsv(project)).toContain('"search, ""beta""","src/search, ""beta""",test,coverage');
  });

  it("names the download after org, scope and week", () => {
    expect(reviewFilename(project, "csv")).toBe("acme-shop-review-2026-W46.csv");
    expect(reviewFilename(team, "md")).toBe("acme-platform-review-2026-W46.md");
  });
});

describe("reviewToMarkdown", () => {
  const cells = (line: string) =>
    line
      .slice(2, -2)
      .split(/(?<!\\) \| /)
      .map((c) => c.replace(/\\\|/g, "|"));

  for (const review of [project, team]) {
    it(`holds every table of the page, row for row (${review.scope.kind})`, () => {
      const md = reviewToMarkdown(review);
      const view = reviewView(review);
      const lines = md.split("\n");
      for (const [title, table] of [
        ["## Changes", view.changes],
        ["## Threshold crossings", view.crossings],
        ["## Sprint budget", view.budgets],
        ["## Hotspots", view.hotspots],
      ] as const) {
        const at = lines.indexOf(title);
        expect(at).toBeGreaterThan(0);
        expect(table.rows.length).toBeGreaterThan(0);
        expect(cells(lines[at + 2])).toEqual(table.header);
        table.rows.forEach((row, i) => expect(cells(lines[at + 4 + i])).toEqual(row));
        expect(lines[at + 4 + table.rows.length]).not.toMatch(/^\|/);
      }
      expect(md).toContain(`# ${view.title}`);
      expect(md).toContain(view.unchanged);
      for (const s of view.scans) expect(md).toContain(`- ${s}`);
    });
  }

  it("shows the regression the page shows, escapes pipes and links back when given a base URL", () => {
    const md = reviewToMarkdown(project, { baseUrl: "https://paydown.example/" });
    expect(md.split("\n")).toContain("| billing | Test | Line coverage | 85.0% | 70.0% | −15.0 pp |");
    expect(md).toContain("| old\\|parts | Test | Line coverage | 80.0% | — | module removed |");
    expect(md).toContain("[Open in Paydown](https://paydown.example/orgs/acme/projects/shop/review?week=2026-W46)");
    expect(md).toContain("| Function over CCN threshold | billing | src/billing/a.py:3 | render | @acme/billing | CCN 12 > 10 |");
    expect(md).toContain("| Coverage below minimum | billing | src/billing | — | @acme/billing | coverage 70.0% < minimum 80.0% (was 85.0%) |");
    expect(md).toContain("| billing | @acme/billing | refactor | 5 bug-fix commits in the last 90 days (more than 3) |");
    expect(md).toContain("| Platform | Sprint 14 | 9 Nov 2026 – 20 Nov 2026 | 25.0% (3 of 12 points) | 0.0% (0 of 9 points) | 20.0% ± 5 points | on target (judged on planned work) |");
    expect(md).toContain("9 Nov 2026 – 15 Nov 2026 (UTC)");
  });

  it("says so when a section is empty", () => {
    const empty = assembleReview({ kind: "project", org: "acme", slug: "shop", name: "Shop" }, week, now, [], []);
    const md = reviewToMarkdown(empty);
    expect(md).toContain("_No values changed._");
    expect(md).toContain("_No sprint overlaps this week._");
    expect(md).not.toContain("| Module |");
  });
});

describe("reviewView", () => {
  it("formats unknown, absent and changed values", () => {
    const v = reviewView(project);
    const row = (module: string, metric: string) => v.changes.rows[project.changes.findIndex((r: ChangeRow) => r.module === module && r.metric === metric)];
    expect(row("billing", "debt")).toEqual(["billing", "Test", "Debt", "1h 40m", "6h 40m", "+5h"]);
    expect(row("docs", "readme")).toEqual(["docs", "Docs", "README", "yes", "no", "README removed"]);
    expect(row('search, "beta"', "coverage")).toEqual(['search, "beta"', "Test", "Line coverage", "—", "80.0%", "new module"]);
    expect(v.unchanged).toBe("16 of 40 values unchanged.");
    expect(v.scans).toEqual(["scan bbbbbbb (13 Nov 2026) compared with aaaaaaa (6 Nov 2026)"]);
  });

  it("navigates: previous week always, next only once it has begun", () => {
    expect(project.previousWeek).toBe("2026-W45");
    expect(project.nextWeek).toBe("2026-W47");
    const current = assembleReview(project.scope, { year: 2026, week: 47 }, now, [], []);
    expect(current.nextWeek).toBeNull();
  });
});
