import type { DebtModel } from "@/lib/debt/schema";
import type { GateBaseline, GatePlan } from "@/lib/ingest/schema";

type Loc = { file: string; startLine: number; endLine: number };

export interface BaselineScanRow {
  id: string;
  commitSha: string;
  branch: string | null;
  committedAt: Date | null;
  scannedAt: Date;
  snapshots: Array<{
    lines: number;
    coveredLines: number | null;
    validLines: number | null;
    tests: number | null;
    testDebt: number;
    docsDebt: number;
    complexityDebt: number;
    duplicationDebt: number;
    totalDebt: number;
    module: { name: string; path: string };
    findings: Array<{
      category: GateBaseline["modules"][number]["findings"][number]["category"];
      kind: string;
      file: string | null;
      startLine: number | null;
      endLine: number | null;
      symbol: string | null;
      value: number;
      threshold: number | null;
      fingerprint: string;
      other: unknown;
    }>;
  }>;
}

export interface PlanTeamRow {
  slug: string;
  name: string;
  sprints: Array<{
    id: string;
    name: string;
    startDate: Date;
    endDate: Date;
    items: Array<{
      id: string;
      title: string;
      externalKey: string | null;
      url: string | null;
      status: string;
      category: GatePlan["item"]["category"];
      modules: Array<{ module: { name: string; projectId: string } }>;
      findings: Array<{ moduleId: string }>;
    }>;
  }>;
}

const day = (d: Date) => d.toISOString().slice(0, 10);

function location(other: unknown): Loc | null {
  const o = other as Partial<Loc> | null;
  return o && typeof o.file === "string" && Number.isInteger(o.startLine) && Number.isInteger(o.endLine)
    ? { file: o.file, startLine: o.startLine!, endLine: o.endLine! }
    : null;
}

/** The UTC calendar day of `now`, as sprints' date columns store days. */
export function utcDay(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/** The open debt items of the teams' current sprints, each with the modules of this project it covers. */
export function plansOf(teams: PlanTeamRow[], projectId: string, linkedModules: Map<string, string>): GatePlan[] {
  const plans: GatePlan[] = [];
  for (const t of teams) {
    const sprint = t.sprints[0];
    if (!sprint) continue;
    for (const i of sprint.items) {
      const named = i.modules.filter((m) => m.module.projectId === projectId).map((m) => m.module.name);
      const linked = i.findings.map((f) => linkedModules.get(f.moduleId)).filter((n): n is string => Boolean(n));
      plans.push({
        team: { slug: t.slug, name: t.name },
        sprint: { id: sprint.id, name: sprint.name, startDate: day(sprint.startDate), endDate: day(sprint.endDate) },
        item: { id: i.id, title: i.title, externalKey: i.externalKey, url: i.url, status: i.status, category: i.category },
        modules: [...new Set([...named, ...linked])].sort(),
      });
    }
  }
  return plans;
}

/** The answer of GET /api/v1/baseline (gateBaselineSchema). */
export function shapeBaseline(input: {
  scan: BaselineScanRow;
  project: { orgSlug: string; slug: string; coverageMinimum: number; projectId: string };
  teams: PlanTeamRow[];
  linkedModules: Map<string, string>;
  model: DebtModel;
  origin: string;
}): GateBaseline {
  const { scan, project } = input;
  return {
    project: {
      org: project.orgSlug,
      slug: project.slug,
      url: `${input.origin}/orgs/${project.orgSlug}/projects/${project.slug}`,
      coverageMinimum: project.coverageMinimum,
    },
    scan: {
      id: scan.id,
      commitSha: scan.commitSha,
      branch: scan.branch,
      committedAt: scan.committedAt?.toISOString() ?? null,
      scannedAt: scan.scannedAt.toISOString(),
    },
    debtModel: { rules: input.model.rules },
    modules: scan.snapshots.map((s) => ({
      name: s.module.name,
      path: s.module.path,
      lines: s.lines,
      coverage: s.coveredLines != null && s.validLines != null ? { coveredLines: s.coveredLines, validLines: s.validLines } : null,
      testResults: s.tests != null,
      debtMinutes: { test: s.testDebt, docs: s.docsDebt, complexity: s.complexityDebt, duplication: s.duplicationDebt, total: s.totalDebt },
      findings: s.findings.map((f) => ({
        category: f.category,
        kind: f.kind as GateBaseline["modules"][number]["findings"][number]["kind"],
        file: f.file,
        startLine: f.startLine,
        endLine: f.endLine,
        symbol: f.symbol,
        value: f.value,
        threshold: f.threshold,
        fingerprint: f.fingerprint,
        other: location(f.other),
      })),
    })),
    teams: input.teams.map((t) => {
      const s = t.sprints[0];
      const url = s ? `${input.origin}/orgs/${project.orgSlug}/teams/${t.slug}/sprints/${s.id}` : "";
      return { slug: t.slug, name: t.name, sprint: s ? { id: s.id, name: s.name, startDate: day(s.startDate), endDate: day(s.endDate), url } : null };
    }),
    plans: plansOf(input.teams, project.projectId, input.linkedModules),
  };
}
