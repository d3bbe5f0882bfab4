import "server-only";
import { prisma } from "@/lib/db/client";
import { SNAPSHOT_MEASURES } from "@/lib/debt/data";
import { computeBudget, sprintEnded } from "@/lib/sprints/budget";
import { assembleReview, projectSections, type ProjectInputs, type ScanState } from "./assemble";
import { CROSSING_FINDING_KINDS, type FindingRef } from "./crossings";
import type { Review, SprintBudgetStatus } from "./types";
import { parseWeek, weekBounds, type IsoWeek } from "./week";

// Reads for the weekly review. No session checks here: loaders.ts (pages), the export routes and
// the API authorize first; the digest calls buildProjectReview from its scheduler.

const moduleSelect = {
  ...SNAPSHOT_MEASURES,
  readme: true,
  complexityThreshold: true,
  maxCcn: true,
  churnCommits: true,
  bugfixCommits: true,
  module: { select: { name: true, path: true, owners: true } },
} as const;

/** The project's latest scan strictly before `at`, with its modules. */
async function scanStateBefore(orgId: string, projectId: string, at: Date): Promise<(ScanState & { id: string }) | null> {
  const scan = await prisma.scan.findFirst({
    where: { orgId, projectId, scannedAt: { lt: at } },
    orderBy: [{ scannedAt: "desc" }, { receivedAt: "desc" }],
    select: { id: true, commitSha: true, scannedAt: true },
  });
  if (!scan) return null;
  const rows = await prisma.moduleSnapshot.findMany({ where: { orgId, scanId: scan.id }, select: moduleSelect });
  return {
    id: scan.id,
    scan: { commitSha: scan.commitSha, scannedAt: scan.scannedAt.toISOString() },
    modules: rows.map(({ module, ...r }) => ({ ...r, ...module })),
  };
}

async function crossingFindings(orgId: string, scanId: string): Promise<FindingRef[]> {
  const rows = await prisma.finding.findMany({
    where: { orgId, kind: { in: [...CROSSING_FINDING_KINDS] }, snapshot: { orgId, scanId } },
    select: {
      fingerprint: true,
      kind: true,
      file: true,
      startLine: true,
      symbol: true,
      value: true,
      threshold: true,
      other: true,
      snapshot: { select: { module: { select: { name: true } } } },
    },
  });
  return rows.map(({ snapshot, other, ...f }) => ({ ...f, module: snapshot.module.name, other: other as FindingRef["other"] }));
}

async function fingerprintsOf(orgId: string, scanId: string): Promise<string[]> {
  const rows = await prisma.finding.findMany({
    where: { orgId, kind: { in: [...CROSSING_FINDING_KINDS] }, snapshot: { orgId, scanId } },
    select: { fingerprint: true },
  });
  return rows.map((r) => r.fingerprint);
}

async function projectInputs(orgId: string, project: { id: string; slug: string; name: string; coverageMinimum: number }, week: IsoWeek): Promise<ProjectInputs> {
  const { start, end } = weekBounds(week);
  const [now, before] = await Promise.all([scanStateBefore(orgId, project.id, end), scanStateBefore(orgId, project.id, start)]);
  const changed = now != null && now.id !== before?.id;
  const [nowFindings, beforeFingerprints] = await Promise.all([
    changed ? crossingFindings(orgId, now.id) : [],
    changed && before ? fingerprintsOf(orgId, before.id) : [],
  ]);
  const { id: _id, ...p } = project;
  return { project: p, now, before, nowFindings, beforeFingerprints };
}

const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Per team, the latest-starting sprint whose days overlap the week (Monday to Sunday), with its
 * budget status from lib/sprints/budget.
 */
async function sprintBudgets(orgId: string, teamIds: string[], week: IsoWeek, now: Date): Promise<SprintBudgetStatus[]> {
  if (teamIds.length === 0) return [];
  const { start, end } = weekBounds(week);
  const sprints = await prisma.sprint.findMany({
    where: { orgId, teamId: { in: teamIds }, startDate: { lt: end }, endDate: { gte: start } },
    orderBy: [{ startDate: "desc" }, { name: "asc" }],
    select: {
      name: true,
      startDate: true,
      endDate: true,
      unit: true,
      budgetTarget: true,
      team: { select: { id: true, slug: true, name: true } },
      items: { where: { orgId }, select: { estimate: true, type: true, status: true } },
    },
  });
  const seen = new Set<string>();
  const out: SprintBudgetStatus[] = [];
  for (const s of sprints) {
    if (seen.has(s.team.id)) continue;
    seen.add(s.team.id);
    out.push({
      team: { slug: s.team.slug, name: s.team.name },
      sprint: { name: s.name, startDate: day(s.startDate), endDate: day(s.endDate), unit: s.unit },
      budget: computeBudget(s.items, { target: s.budgetTarget, ended: sprintEnded(s.endDate, now) }),
    });
  }
  return out.sort((a, b) => a.team.name.localeCompare(b.team.name));
}

function weekOrThrow(week: string): IsoWeek {
  const w = parseWeek(week);
  if (!w) throw new Error(`Invalid ISO week "${week}"; expected YYYY-Www.`);
  return w;
}

const projectSelect = { id: true, slug: true, name: true, coverageMinimum: true } as const;

/** The weekly review of one project (`week` as "2026-W46"); throws when the project is not in the org or the week is malformed. */
export async function buildProjectReview(orgId: string, projectId: string, week: string, now: Date = new Date()): Promise<Review> {
  const w = weekOrThrow(week);
  const [org, project, teams] = await Promise.all([
    prisma.organization.findUniqueOrThrow({ where: { id: orgId }, select: { slug: true } }),
    prisma.project.findFirstOrThrow({ where: { orgId, id: projectId }, select: projectSelect }),
    prisma.teamProject.findMany({ where: { orgId, projectId }, select: { teamId: true } }),
  ]);
  const [inputs, budgets] = await Promise.all([
    projectInputs(orgId, project, w),
    sprintBudgets(orgId, teams.map((t) => t.teamId), w, now),
  ]);
  const scope = { kind: "project" as const, org: org.slug, slug: project.slug, name: project.name };
  return assembleReview(scope, w, now, [projectSections(inputs)], budgets);
}

/** The weekly review of a team: every project it works on (TeamProject), and its own sprint. */
export async function buildTeamReview(orgId: string, teamId: string, week: string, now: Date = new Date()): Promise<Review> {
  const w = weekOrThrow(week);
  const team = await prisma.team.findFirstOrThrow({
    where: { orgId, id: teamId },
    select: { slug: true, name: true, org: { select: { slug: true } }, projects: { where: { orgId }, select: { project: { select: projectSelect } } } },
  });
  const projects = team.projects.map((p) => p.project).sort((a, b) => a.name.localeCompare(b.name));
  const [inputs, budgets] = await Promise.all([
    Promise.all(projects.map((p) => projectInputs(orgId, p, w))),
    sprintBudgets(orgId, [teamId], w, now),
  ]);
  const scope = { kind: "team" as const, org: team.org.slug, slug: team.slug, name: team.name };
  return assembleReview(scope, w, now, inputs.map(projectSections), budgets);
}

export function findProjectId(orgId: string, slug: string) {
  return prisma.project.findFirst({ where: { orgId, slug }, select: { id: true } });
}

export function findTeamId(orgId: string, slug: string) {
  return prisma.team.findFirst({ where: { orgId, slug }, select: { id: true, name: true } });
}
