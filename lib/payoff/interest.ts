import type { Category, FindingKind } from "@/lib/ingest/schema";

// "Pay down next": debt costs interest each time someone has to work in the code that
// carries it, so remediation minutes are weighted by how often the module changes.
// Documented in docs/sprints-payoff.md.

/** Commits in the scanner's 90-day churn window that add one more "minutes" of interest. */
export const CHURN_STEP = 10;
/** A bug-fix commit counts this many times more than another commit (it is already one of the commits). */
export const BUGFIX_EXTRA = 2;

export type EstimateUnit = "points" | "hours";

/** A story point as focused work: half an ideal day. */
export const MINUTES_PER_POINT = 240;
const POINT_SCALE = [0.5, 1, 2, 3, 5, 8, 13, 20];

export interface Churn {
  churnCommits: number | null;
  bugfixCommits: number | null;
}

/** 1 + (commits + 2 × bug-fix commits) / 10 over 90 days; unknown churn weighs 1 (debt still costs its minutes). */
export function interestWeight(churn: Churn): number {
  const commits = Math.max(0, churn.churnCommits ?? 0);
  const fixes = Math.max(0, churn.bugfixCommits ?? 0);
  return 1 + (commits + BUGFIX_EXTRA * fixes) / CHURN_STEP;
}

/** Remediation minutes as the sprint's unit: hours in half-hour steps, points on the usual 0.5–20 scale. */
export function estimateFor(minutes: number, unit: EstimateUnit): number {
  if (unit === "hours") return Math.max(0.5, Math.ceil(Math.max(0, minutes) / 30) / 2);
  const raw = minutes / MINUTES_PER_POINT;
  return POINT_SCALE.find((p) => p >= raw) ?? Math.ceil(raw);
}

export interface CandidateFinding {
  fingerprint: string;
  moduleId: string;
  moduleName: string;
  projectSlug: string;
  category: Category;
  kind: string;
  file: string | null;
  symbol: string | null;
  startLine: number | null;
  minutes: number;
  /** interestWeight of the module's snapshot in the same scan. */
  weight: number;
}

export interface FindingSuggestion extends CandidateFinding {
  interest: number;
  estimate: number;
  title: string;
  /** Already linked to an item of this sprint: shown as added, never added twice. */
  inSprint: boolean;
}

export interface CandidateModule {
  moduleId: string;
  moduleName: string;
  projectSlug: string;
  weight: number;
  debt: Record<Category, number>;
}

export interface ModuleSuggestion {
  moduleId: string;
  moduleName: string;
  projectSlug: string;
  category: Category;
  minutes: number;
  weight: number;
  interest: number;
  estimate: number;
  title: string;
  inSprint: boolean;
}

const VERB: Record<FindingKind, string> = {
  "complex-function": "Simplify",
  clone: "Remove the duplicate in",
  "undocumented-symbol": "Document",
  "missing-readme": "Write a README for",
  "uncovered-file": "Add tests for",
  "failing-test": "Fix the failing test",
  "flaky-test": "Fix the flaky test",
  "slow-test": "Speed up the test",
};

export function findingTitle(f: { kind: string; symbol: string | null; file: string | null; moduleName: string }): string {
  const verb = VERB[f.kind as FindingKind] ?? "Pay down";
  const what = f.symbol ?? f.file ?? f.moduleName;
  const title = what === f.moduleName ? `${verb} ${what}` : `${verb} ${what} (${f.moduleName})`;
  return title.length > 200 ? `${title.slice(0, 199)}…` : title;
}

export function moduleTitle(moduleName: string, category: Category): string {
  return `Pay down ${category} debt in ${moduleName}`;
}

const byInterest = <T extends { interest: number; minutes: number }>(a: T, b: T) => b.interest - a.interest || b.minutes - a.minutes;

/** The findings with the most interest, highest first; free findings (0 minutes) are not debt work. */
export function rankFindings(
  candidates: CandidateFinding[],
  opts: { unit: EstimateUnit; linked: ReadonlySet<string>; limit: number },
): FindingSuggestion[] {
  return candidates
    .filter((c) => c.minutes > 0)
    .map((c) => ({
      ...c,
      interest: Math.round(c.minutes * c.weight),
      estimate: estimateFor(c.minutes, opts.unit),
      title: findingTitle(c),
      inSprint: opts.linked.has(c.fingerprint),
    }))
    .sort((a, b) => byInterest(a, b) || a.fingerprint.localeCompare(b.fingerprint))
    .slice(0, opts.limit);
}

/** Module × category pairs with the most interest; `planned` holds "moduleId:category" already in the sprint. */
export function rankModules(
  candidates: CandidateModule[],
  opts: { unit: EstimateUnit; planned: ReadonlySet<string>; limit: number },
): ModuleSuggestion[] {
  const out: ModuleSuggestion[] = [];
  for (const m of candidates) {
    for (const category of Object.keys(m.debt) as Category[]) {
      const minutes = m.debt[category];
      if (!(minutes > 0)) continue;
      out.push({
        moduleId: m.moduleId,
        moduleName: m.moduleName,
        projectSlug: m.projectSlug,
        category,
        minutes,
        weight: m.weight,
        interest: Math.round(minutes * m.weight),
        estimate: estimateFor(minutes, opts.unit),
        title: moduleTitle(m.moduleName, category),
        inSprint: opts.planned.has(`${m.moduleId}:${category}`),
      });
    }
  }
  return out
    .sort((a, b) => byInterest(a, b) || a.moduleName.localeCompare(b.moduleName) || a.category.localeCompare(b.category))
    .slice(0, opts.limit);
}
