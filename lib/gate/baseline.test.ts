import { describe, expect, it } from "vitest";
import { DEFAULT_DEBT_MODEL } from "@/lib/debt/schema";
import { gateBaselineSchema } from "@/lib/ingest/schema";
import { plansOf, shapeBaseline, utcDay, type BaselineScanRow, type PlanTeamRow } from "./baseline";
import { gateResultRows } from "./results";

const sprint = (items: PlanTeamRow["sprints"][number]["items"]) => ({
  id: "sp1",
  name: "Sprint 14",
  startDate: new Date("2026-11-16T00:00:00Z"),
  endDate: new Date("2026-11-27T00:00:00Z"),
  items,
});
const debtItem = (over: Partial<PlanTeamRow["sprints"][number]["items"][number]> = {}) => ({
  id: "w1",
  title: "Split classify",
  externalKey: "PAY-7",
  url: null,
  status: "planned",
  category: "complexity" as const,
  modules: [],
  findings: [],
  ...over,
});

describe("plansOf", () => {
  it("names the modules of this project an item lists or links findings of, once each", () => {
    const teams: PlanTeamRow[] = [
      {
        slug: "platform",
        name: "Platform",
        sprints: [
          sprint([
            debtItem({
              modules: [{ module: { name: "billing", projectId: "p1" } }, { module: { name: "elsewhere", projectId: "p2" } }],
              findings: [{ moduleId: "m-api" }, { moduleId: "m-billing" }, { moduleId: "m-unknown" }],
            }),
          ]),
        ],
      },
      { slug: "idle", name: "Idle", sprints: [] },
    ];
    const plans = plansOf(teams, "p1", new Map([["m-api", "api"], ["m-billing", "billing"]]));
    expect(plans).toEqual([
      {
        team: { slug: "platform", name: "Platform" },
        sprint: { id: "sp1", name: "Sprint 14", startDate: "2026-11-16", endDate: "2026-11-27" },
        item: { id: "w1", title: "Split classify", externalKey: "PAY-7", url: null, status: "planned", category: "complexity" },
        modules: ["api", "billing"],
      },
    ]);
  });

  it("an item without modules is still listed, covering none", () => {
    expect(plansOf([{ slug: "t", name: "T", sprints: [sprint([debtItem()])] }], "p1", new Map())[0]!.modules).toEqual([]);
  });
});

describe("shapeBaseline", () => {
  const scan: BaselineScanRow = {
    id: "s1",
    commitSha: "a".repeat(40),
    branch: "main",
    committedAt: null,
    scannedAt: new Date("2026-11-20T10:00:00Z"),
    snapshots: [
      {
        lines: 100,
        coveredLines: null,
        validLines: null,
        tests: null,
        testDebt: 0,
        docsDebt: 5,
        complexityDebt: 25,
        duplicationDebt: 0,
        totalDebt: 30,
        module: { name: "billing", path: "billing" },
        findings: [
          { category: "duplication", kind: "clone", file: "billing/a.py", startLine: 1, endLine: 9, symbol: null, value: 9, threshold: 5, fingerprint: "c1", other: { file: "billing/b.py", startLine: 3, endLine: 11 } },
          { category: "complexity", kind: "complex-function", file: "billing/a.py", startLine: 20, endLine: 40, symbol: "f", value: 13, threshold: 10, fingerprint: "x", other: "garbage" },
        ],
      },
    ],
  };
  const body = shapeBaseline({
    scan,
    project: { orgSlug: "acme", slug: "shop", coverageMinimum: 0.75, projectId: "p1" },
    teams: [{ slug: "platform", name: "Platform", sprints: [] }],
    linkedModules: new Map(),
    model: DEFAULT_DEBT_MODEL,
    origin: "https://paydown.test",
  });

  it("is a valid baseline the scanner accepts", () => {
    expect(gateBaselineSchema.safeParse(body).success).toBe(true);
  });

  it("unknown coverage stays null, the project links to the dashboard, malformed clone locations become null", () => {
    expect(body.project).toEqual({ org: "acme", slug: "shop", url: "https://paydown.test/orgs/acme/projects/shop", coverageMinimum: 0.75 });
    expect(body.modules[0]!.coverage).toBeNull();
    expect(body.modules[0]!.findings.map((f) => f.other)).toEqual([{ file: "billing/b.py", startLine: 3, endLine: 11 }, null]);
    expect(body.teams).toEqual([{ slug: "platform", name: "Platform", sprint: null }]);
    expect(body.debtModel.rules["complex-function"]).toEqual({ base: 10, step: 5 });
  });
});

describe("utcDay", () => {
  it("is the UTC calendar day, whatever the local zone", () => {
    expect(utcDay(new Date("2026-11-20T23:30:00-05:00")).toISOString()).toBe("2026-11-21T00:00:00.000Z");
  });
});

describe("gateResultRows", () => {
  const row = { id: "g1", commitSha: "abc1234", baseSha: null, branch: "f", targetBranch: "main", pullRequest: "42", passed: true, warnOnly: false, debtDelta: 25, createdAt: new Date(0) };
  it("reads failed rules and the plans that covered added debt from the report", () => {
    const [r] = gateResultRows([
      {
        ...row,
        report: {
          rules: [{ rule: "clones", status: "fail", summary: "s", items: [] }, { rule: "complexity", status: "pass", summary: "s", items: [] }],
          modules: [{ module: "billing", delta: 25, plannedBy: ["PAY-7"] }, { module: "api", delta: -5, plannedBy: [] }],
        },
      },
    ]);
    expect(r).toMatchObject({ failedRules: ["clones"], plans: [{ module: "billing", plannedBy: ["PAY-7"] }] });
  });
  it("a malformed stored report shows as empty rather than breaking the page", () => {
    expect(gateResultRows([{ ...row, report: { nope: 1 } }])[0]).toMatchObject({ failedRules: [], plans: [] });
  });
});
