import { CATEGORIES, type Category } from "@/lib/ingest/schema";
import { emptyCategoryMinutes, summarize, type CategoryMinutes } from "@/lib/debt/model";
import type { DebtModel, Grade } from "@/lib/debt/schema";
import { addCategoryMinutes, type ScanTotals } from "./buckets";

// Projects side by side: each project's latest scan (ratio, grade, category mix) and its trend
// against its latest scan at or before "N weeks ago"; the organization's total sums the
// projects' latest values (projects without a scan contribute nothing).

/** A ratio change smaller than this (0.05 percentage points) counts as flat. */
export const FLAT_RATIO = 0.0005;

export type ScanValues = Omit<ScanTotals, "projectId">;

export interface ProjectInput {
  slug: string;
  name: string;
  latest: ScanValues | null;
  /** The latest scan at or before the trend's comparison date. */
  then: ScanValues | null;
}

export interface DebtPoint {
  minutes: number;
  lines: number;
  ratio: number;
  grade: Grade;
}

export interface PortfolioRow {
  slug: string;
  name: string;
  /** Null when the project has no scan yet. */
  now: (DebtPoint & { scannedAt: Date | null; byCategory: CategoryMinutes; share: Record<Category, number> | null }) | null;
  then: DebtPoint | null;
  /** Minutes and ratio change since `then`; null without both values. */
  change: { minutes: number; ratio: number } | null;
  trend: "up" | "down" | "flat" | null;
}

/** Each category's fraction of the minutes; null when there is no debt to share out. */
export function categoryShare(m: CategoryMinutes): Record<Category, number> | null {
  const total = CATEGORIES.reduce((a, c) => a + m[c], 0);
  if (total <= 0) return null;
  return Object.fromEntries(CATEGORIES.map((c) => [c, m[c] / total])) as Record<Category, number>;
}

function point(values: ScanValues[], model: DebtModel): DebtPoint {
  const s = summarize(values.map((v) => ({ minutes: v.totalDebt, lines: v.lines })), model);
  return { minutes: s.minutes, lines: s.lines, ratio: s.ratio, grade: s.grade };
}

function sumCategories(values: ScanValues[]): CategoryMinutes {
  const out = emptyCategoryMinutes();
  for (const v of values) addCategoryMinutes(out, v);
  return out;
}

function trendOf(now: DebtPoint | null, then: DebtPoint | null): Pick<PortfolioRow, "change" | "trend"> {
  if (!now || !then) return { change: null, trend: null };
  const ratio = now.ratio - then.ratio;
  return { change: { minutes: now.minutes - then.minutes, ratio }, trend: Math.abs(ratio) < FLAT_RATIO ? "flat" : ratio > 0 ? "up" : "down" };
}

function row(slug: string, name: string, latest: ScanValues[], then: ScanValues[], scannedAt: Date | null, model: DebtModel): PortfolioRow {
  const byCategory = sumCategories(latest);
  const now = latest.length ? { ...point(latest, model), scannedAt, byCategory, share: categoryShare(byCategory) } : null;
  const before = then.length ? point(then, model) : null;
  return { slug, name, now, then: before, ...trendOf(now, before) };
}

export function projectRow(p: ProjectInput, model: DebtModel): PortfolioRow {
  return row(p.slug, p.name, p.latest ? [p.latest] : [], p.then ? [p.then] : [], p.latest?.scannedAt ?? null, model);
}

/** Case-insensitive by name, then slug: the order of the page and the CSV. */
export function byName(a: { name: string; slug: string }, b: { name: string; slug: string }): number {
  const x = a.name.toLowerCase();
  const y = b.name.toLowerCase();
  if (x !== y) return x < y ? -1 : 1;
  return a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
}

export function projectRows(projects: ProjectInput[], model: DebtModel): PortfolioRow[] {
  return projects.map((p) => projectRow(p, model)).sort(byName);
}

export interface OrgTotal extends PortfolioRow {
  /** Projects with a scan now, and with one at the comparison date. */
  projectsNow: number;
  projectsThen: number;
}

/**
 * The organization: sums of the projects' latest values. The comparison sums the values the
 * projects had then; a project first scanned since then is in `now` but not in `then`.
 */
export function orgTotal(projects: ProjectInput[], model: DebtModel, name = "Organization"): OrgTotal {
  const latest = projects.flatMap((p) => (p.latest ? [p.latest] : []));
  const then = projects.flatMap((p) => (p.then ? [p.then] : []));
  const lastScan = latest.reduce<Date | null>((a, v) => (a == null || v.scannedAt > a ? v.scannedAt : a), null);
  return { ...row("", name, latest, then, lastScan, model), projectsNow: latest.length, projectsThen: then.length };
}
