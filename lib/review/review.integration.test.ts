import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/review/route";
import { prisma } from "@/lib/db/client";
import { DEFAULT_DEBT_MODEL } from "@/lib/debt/schema";
import { ingestScan } from "@/lib/ingest/mutations";
import { sampleScanDocument } from "@/lib/ingest/sample-document";
import { scanDocumentSchema, type ScanDocumentInput } from "@/lib/ingest/schema";
import { orgWithProject } from "@/test/fixtures";
import { reviewToCsv } from "./csv";
import { buildProjectReview, buildTeamReview } from "./data";
import { reviewToMarkdown } from "./markdown";
import { reviewView } from "./view";

type ModuleInput = ScanDocumentInput["modules"][number];

/** The sample document at another commit and time, with its modules changed by `edit`. */
function doc(sha: string, scannedAt: string, edit: (mods: ModuleInput[]) => ModuleInput[]): ScanDocumentInput {
  const d = sampleScanDocument(sha.repeat(40 / sha.length));
  d.scannedAt = scannedAt;
  d.commit.committedAt = scannedAt;
  const legacy: ModuleInput = { ...structuredClone(d.modules[1]), name: "legacy", path: "src/legacy", owners: ["@acme/legacy"], findings: [] };
  d.modules = edit([...d.modules, legacy]);
  return d;
}

const billing = (mods: ModuleInput[]) => mods.find((m) => m.name === "billing")!;
const api = (mods: ModuleInput[]) => mods.find((m) => m.name === "api")!;

// Week 45 (2–8 Nov 2026): billing 1500/1800 covered (83.3%), above the 80% minimum.
const weekAgo = doc("a1", "2026-11-06T10:00:00Z", (mods) => {
  billing(mods).test.coverage = { coveredLines: 1500, validLines: 1800, coveredBranches: 210, validBranches: 340 };
  return mods;
});

// Week 46 (9–15 Nov 2026): billing coverage falls to 66.7%, a function goes over CCN 10 and a
// new clone appears; api loses documentation of two public symbols; legacy is removed, search added.
const thisWeek = doc("b2", "2026-11-13T10:00:00Z", (mods) => {
  const b = billing(mods);
  b.test.coverage = { coveredLines: 1200, validLines: 1800, coveredBranches: 210, validBranches: 340 };
  b.complexity = { ...b.complexity, overThreshold: 3, maxCcn: 23 };
  b.findings!.find((f) => f.kind === "uncovered-file")!.value = 300; // more uncovered lines: more test debt
  b.findings!.push(
    { category: "complexity", kind: "complex-function", file: "src/billing/totals.py", startLine: 7, endLine: 60, symbol: "Totals.compute", value: 14, threshold: 10 },
    { category: "duplication", kind: "clone", file: "src/billing/refund.py", startLine: 10, endLine: 30, value: 21, threshold: 5, fingerprint: "clone-new", other: { file: "src/billing/credit_note.py", startLine: 90, endLine: 110 } },
  );
  const a = api(mods);
  a.docs = { readme: false, publicSymbols: 12, documentedSymbols: 10 };
  a.findings!.push(
    { category: "docs", kind: "undocumented-symbol", file: "src/api/routes.ts", startLine: 5, endLine: 5, symbol: "listOrders", value: 1 },
    { category: "docs", kind: "undocumented-symbol", file: "src/api/routes.ts", startLine: 40, endLine: 40, symbol: "getOrder", value: 1 },
  );
  const search: ModuleInput = { ...structuredClone(a), name: "search", path: "src/search", owners: [], findings: [] };
  return [b, a, search];
});

// Week 47: must not leak into the week 46 review.
const nextWeek = doc("c3", "2026-11-17T10:00:00Z", (mods) => {
  billing(mods).test.coverage = null;
  return mods.slice(0, 1);
});

async function seed() {
  const ctx = await orgWithProject();
  for (const d of [weekAgo, thisWeek, nextWeek]) {
    await ingestScan({ orgId: ctx.orgId, projectId: ctx.projectId }, scanDocumentSchema.parse(d), DEFAULT_DEBT_MODEL);
  }
  const snap = (sha: string, module: string) =>
    prisma.moduleSnapshot.findFirstOrThrow({ where: { orgId: ctx.orgId, scan: { commitSha: sha.repeat(40 / sha.length) }, module: { name: module } } });
  return { ...ctx, snap };
}

const get = (token: string | null, query: string) =>
  GET(new Request(`http://paydown.test/api/v1/review${query}`, { headers: token ? { authorization: `Bearer ${token}`, "x-forwarded-for": "203.0.113.7" } : {} }));

describe("buildProjectReview with two scans a week apart", () => {
  it("compares the latest scan before the week's end with the latest before its start", async () => {
    const { orgId, projectId, snap } = await seed();
    const review = await buildProjectReview(orgId, projectId, "2026-W46", new Date("2026-11-21T12:00:00Z"));
    expect(review.projects).toEqual([
      {
        slug: "shop",
        name: "shop",
        coverageMinimum: 0.8,
        now: { commitSha: "b2".repeat(20), scannedAt: "2026-11-13T10:00:00.000Z" },
        before: { commitSha: "a1".repeat(20), scannedAt: "2026-11-06T10:00:00.000Z" },
      },
    ]);
    const [billingBefore, billingNow, apiBefore, apiNow] = await Promise.all([snap("a1", "billing"), snap("b2", "billing"), snap("a1", "api"), snap("b2", "api")]);

    const changed = review.changes.filter((r) => r.status === "worse" || r.status === "better" || r.status === "unknown");
    expect(changed.map((r) => [r.module, r.category, r.metric, r.previous, r.current, r.change, r.status])).toEqual([
      // the largest debt increase first: billing's test debt
      ["billing", "test", "coverage", 83.3, 66.7, -16.6, "worse"],
      ["billing", "test", "debt", billingBefore.testDebt, billingNow.testDebt, billingNow.testDebt - billingBefore.testDebt, "worse"],
      ["billing", "complexity", "functionsOver", 2, 3, 1, "worse"],
      ["billing", "complexity", "debt", billingBefore.complexityDebt, billingNow.complexityDebt, 30, "worse"],
      ["billing", "duplication", "debt", billingBefore.duplicationDebt, billingNow.duplicationDebt, 26, "worse"],
      ["api", "docs", "documented", 100, 83.3, -16.7, "worse"],
      ["api", "docs", "debt", apiBefore.docsDebt, apiNow.docsDebt, 10, "worse"],
    ]);
    // 120 → 300 uncovered lines of 5 minutes each: the largest debt increase, ordered first.
    expect(billingNow.testDebt - billingBefore.testDebt).toBe(900);
    expect(review.changes.filter((r) => r.status === "added").map((r) => r.module)).toEqual(Array(10).fill("search"));
    expect(review.changes.filter((r) => r.status === "removed").map((r) => r.module)).toEqual(Array(10).fill("legacy"));
    // Unknown coverage of api and search stays unknown: no row claims 0%.
    expect(review.changes.find((r) => r.module === "search" && r.metric === "coverage")).toMatchObject({ previous: null, current: null });
    expect(review.changes.some((r) => r.module === "api" && r.metric === "coverage")).toBe(false);
  });

  it("lists exactly the threshold crossings of the week, with owners and locations", async () => {
    const { orgId, projectId } = await seed();
    const review = await buildProjectReview(orgId, projectId, "2026-W46");
    expect(review.crossings.map((c) => [c.kind, c.module, c.location, c.symbol, c.owners, c.detail])).toEqual([
      ["coverage-below-minimum", "billing", "src/billing", null, ["@acme/payments"], "coverage 66.7% < minimum 80.0% (was 83.3%)"],
      ["complex-function", "billing", "src/billing/totals.py:7", "Totals.compute", ["@acme/payments"], "CCN 14 > 10"],
      ["clone", "billing", "src/billing/refund.py:10", null, ["@acme/payments"], "21 duplicated lines, also at src/billing/credit_note.py:90"],
      ["undocumented-symbol", "api", "src/api/routes.ts:5", "listOrders", [], "public symbol without documentation"],
      ["undocumented-symbol", "api", "src/api/routes.ts:40", "getOrder", [], "public symbol without documentation"],
    ]);
    expect(review.crossingsTotal).toBe(5);
    // billing had 4 bug-fix commits in the quarter: more than three.
    expect(review.hotspots).toEqual([
      { project: "shop", module: "billing", owners: ["@acme/payments"], verdict: "refactor", evidence: ["4 bug-fix commits in the last 90 days (more than 3)"] },
    ]);
  });

  it("shows no changes or crossings for a week without a scan, and everything as new for the first scanned week", async () => {
    const { orgId, projectId } = await seed();
    const quiet = await buildProjectReview(orgId, projectId, "2026-W50", new Date("2026-12-20T00:00:00Z"));
    expect(quiet.changes).toEqual([]);
    expect(quiet.crossings).toEqual([]);
    expect(reviewView(quiet).scans[0]).toMatch(/^no scan this week; values as of c3c3c3c/);
    const first = await buildProjectReview(orgId, projectId, "2026-W45");
    expect(first.projects[0].before).toBeNull();
    expect(new Set(first.changes.map((r) => r.status))).toEqual(new Set(["added"]));
    const none = await buildProjectReview(orgId, projectId, "2026-W40");
    expect(none.changes).toEqual([]);
    expect(none.projects[0].now).toBeNull();
  });

  it("never reads another organization's scans", async () => {
    const { orgId, projectId } = await seed();
    const other = await orgWithProject("other", "shop");
    await expect(buildProjectReview(other.orgId, projectId, "2026-W46")).rejects.toThrow();
    const own = await buildProjectReview(other.orgId, other.projectId, "2026-W46");
    expect(own.changes).toEqual([]);
    expect(orgId).not.toBe(other.orgId);
  });
});

describe("buildTeamReview", () => {
  it("covers every project of the team and the sprint running in the week, budget from lib/sprints/budget", async () => {
    const { orgId, projectId } = await seed();
    const web = await prisma.project.create({ data: { orgId, slug: "web", name: "Web" } });
    const team = await prisma.team.create({
      data: { orgId, slug: "platform", name: "Platform", projects: { create: [{ orgId, projectId }, { orgId, projectId: web.id }] } },
    });
    const sprint = await prisma.sprint.create({
      data: { orgId, teamId: team.id, name: "Sprint 14", startDate: new Date(Date.UTC(2026, 10, 2)), endDate: new Date(Date.UTC(2026, 10, 13)), budgetTarget: 0.2 },
    });
    await prisma.sprint.create({
      data: { orgId, teamId: team.id, name: "Sprint 13", startDate: new Date(Date.UTC(2026, 9, 19)), endDate: new Date(Date.UTC(2026, 9, 30)), budgetTarget: 0.2 },
    });
    await prisma.workItem.createMany({
      data: [
        { orgId, sprintId: sprint.id, title: "Split Totals.compute", estimate: 3, type: "debt", status: "done" },
        { orgId, sprintId: sprint.id, title: "Refunds", estimate: 9, type: "feature", status: "done" },
        { orgId, sprintId: sprint.id, title: "Dropped", estimate: 5, type: "debt", status: "dropped" },
      ],
    });
    const review = await buildTeamReview(orgId, team.id, "2026-W46", new Date("2026-11-21T12:00:00Z"));
    expect(review.scope).toEqual({ kind: "team", org: "acme", slug: "platform", name: "Platform" });
    expect(review.projects.map((p) => [p.slug, p.now?.commitSha.slice(0, 2) ?? null])).toEqual([
      ["shop", "b2"],
      ["web", null],
    ]);
    expect(review.changes.every((r) => r.project === "shop")).toBe(true);
    expect(review.budgets).toHaveLength(1);
    expect(review.budgets[0]).toMatchObject({
      team: { slug: "platform" },
      sprint: { name: "Sprint 14", startDate: "2026-11-02", endDate: "2026-11-13" },
      budget: { basis: "done", status: "on_target", done: { debt: 3, total: 12, debtShare: 0.25 }, dropped: 1 },
    });
    expect(reviewToCsv(review).split("\r\n")[0]).toBe("project,module,path,category,metric,unit,previous,current,change,status");
  });
});

describe("GET /api/v1/review", () => {
  it("returns the token's project review as Markdown and CSV equal to the exports of the review", async () => {
    const { orgId, projectId, token } = await seed();
    const review = await buildProjectReview(orgId, projectId, "2026-W46");
    const csv = await get(token, "?week=2026-W46&format=csv");
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(csv.headers.get("content-disposition")).toBe('attachment; filename="acme-shop-review-2026-W46.csv"');
    const csvText = await csv.text();
    expect(csvText).toBe(reviewToCsv(review));
    expect(csvText).toContain("billing,src/billing,test,coverage,%,83.3,66.7,-16.6,worse\r\n");

    const md = await get(token, "?week=2026-W46&format=md");
    expect(md.status).toBe(200);
    expect(md.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    const mdText = await md.text();
    expect(mdText).toBe(reviewToMarkdown(review, { baseUrl: process.env.NEXTAUTH_URL?.replace(/\/$/, "") ?? "http://paydown.test" }));
    expect(mdText).toContain("| billing | Test | Line coverage | 83.3% | 66.7% | −16.6 pp |");
  });

  it("defaults to Markdown for the last complete week", async () => {
    const { token } = await seed();
    const res = await get(token, "");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(/filename="acme-shop-review-\d{4}-W\d{2}\.md"/);
  });

  it("answers 400 in the one error shape for a bad week or format, 401 without a token", async () => {
    const { token } = await seed();
    for (const [query, code] of [
      ["?week=2026-46", "invalid_week"],
      ["?week=2025-W53", "invalid_week"],
      ["?week=2026-W46&format=pdf", "invalid_format"],
    ] as const) {
      const res = await get(token, query);
      expect(res.status).toBe(400);
      const body = await res.json();
      expect(body.error.code).toBe(code);
      expect(body.error.message).toEqual(expect.any(String));
    }
    const anon = await get(null, "?week=2026-W46");
    expect(anon.status).toBe(401);
  });
});
