// The weekly review's shapes: plain, JSON-safe data (dates as ISO strings) so pages, exports
// and the digest all render the same object. Client-safe.
import type { Budget } from "@/lib/sprints/budget";
import type { SnapshotMeasures } from "@/lib/debt/metrics";
import type { Category } from "@/lib/ingest/schema";

/** One module as measured by one scan: the inputs of the delta, crossings and hotspots. */
export interface ModuleState extends SnapshotMeasures {
  name: string;
  path: string;
  owners: string[];
  readme: boolean;
  complexityThreshold: number;
  maxCcn: number;
  /** Commits and bug-fix commits in the scanner's churn window (90 days); null without history. */
  churnCommits: number | null;
  bugfixCommits: number | null;
}

export const METRIC_KEYS = ["coverage", "documented", "readme", "functionsOver", "maxCcn", "duplicated", "debt"] as const;
export type MetricKey = (typeof METRIC_KEYS)[number];

export type ChangeStatus = "worse" | "better" | "unknown" | "added" | "removed" | "unchanged";

export interface ChangeRow {
  /** Project slug; a team review holds several projects. */
  project: string;
  module: string;
  path: string;
  category: Category;
  metric: MetricKey;
  /** Rounded as shown; null = unknown (or absent, see status added/removed). */
  previous: number | null;
  current: number | null;
  /** current − previous, null when either side is unknown or absent. */
  change: number | null;
  status: ChangeStatus;
  /** Debt minutes change of the module's category, the ordering key of regressions and improvements. */
  categoryDebtChange: number | null;
}

export type CrossingKind = "complex-function" | "clone" | "undocumented-symbol" | "coverage-below-minimum";

export interface Crossing {
  project: string;
  kind: CrossingKind;
  module: string;
  owners: string[];
  /** file:line, or the module's path for module-level crossings. */
  location: string;
  symbol: string | null;
  /** What crossed what, for people: "CCN 14 > 10". */
  detail: string;
}

export type Verdict = "refactor" | "live with it";

export interface Hotspot {
  project: string;
  module: string;
  owners: string[];
  verdict: Verdict;
  /** The facts behind the verdict, each a short sentence. */
  evidence: string[];
}

export interface ScanRef {
  commitSha: string;
  scannedAt: string;
}

export interface ReviewProject {
  slug: string;
  name: string;
  /** Fraction of 1. */
  coverageMinimum: number;
  /** The latest scan before the week's end, and before its start. */
  now: ScanRef | null;
  before: ScanRef | null;
}

export interface SprintBudgetStatus {
  team: { slug: string; name: string };
  sprint: { name: string; startDate: string; endDate: string; unit: "points" | "hours" };
  budget: Budget;
}

export interface Review {
  scope: { kind: "project" | "team"; org: string; slug: string; name: string };
  week: string;
  /** Monday 00:00 UTC and the next Monday 00:00 UTC (exclusive). */
  start: string;
  end: string;
  previousWeek: string;
  /** null when the next week has not started yet. */
  nextWeek: string | null;
  projects: ReviewProject[];
  /** Every compared value that is not unchanged, worst regressions first. */
  changes: ChangeRow[];
  /** Values compared and found equal (both known, or both unknown). */
  unchanged: number;
  crossings: Crossing[];
  /** Crossings found; `crossings` holds at most CROSSINGS_LIMIT of them. */
  crossingsTotal: number;
  budgets: SprintBudgetStatus[];
  hotspots: Hotspot[];
}
