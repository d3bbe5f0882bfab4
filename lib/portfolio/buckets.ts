import { CATEGORIES } from "@/lib/ingest/schema";
import { emptyCategoryMinutes, summarize, type CategoryMinutes, type DebtColumns } from "@/lib/debt/model";
import type { DebtModel, Grade } from "@/lib/debt/schema";
import type { Bucket } from "./schema";

// Time buckets in UTC (ISO weeks starting Monday, calendar quarters) and the organization's
// debt per bucket. A project's value in a bucket is its latest scan at or before the bucket's
// end, carried forward through buckets without a scan; scans are never summed over time.

const DAY = 86_400_000;

/** A project's totals as one scan measured them. */
export interface ScanTotals extends DebtColumns {
  projectId: string;
  scannedAt: Date;
}

export interface BucketDef {
  key: string;
  /** Epoch ms of the bucket's first instant. */
  start: number;
  /** Epoch ms of the next bucket's start (exclusive). */
  end: number;
}

export function bucketStart(bucket: Bucket, t: number): number {
  const d = new Date(t);
  if (bucket === "quarter") return Date.UTC(d.getUTCFullYear(), Math.floor(d.getUTCMonth() / 3) * 3, 1);
  const day = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  const sinceMonday = (d.getUTCDay() + 6) % 7;
  return day - sinceMonday * DAY;
}

export function nextBucketStart(bucket: Bucket, start: number): number {
  if (bucket === "week") return start + 7 * DAY;
  const d = new Date(start);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 3, 1);
}

/** "2026-W47" (ISO week-numbering year) or "2026-Q4". */
export function bucketKey(bucket: Bucket, start: number): string {
  const d = new Date(start);
  if (bucket === "quarter") return `${d.getUTCFullYear()}-Q${Math.floor(d.getUTCMonth() / 3) + 1}`;
  // The ISO year is the year of the week's Thursday.
  const thursday = new Date(start + 3 * DAY);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY)) + 1;
  return `${year}-W${String(week).padStart(2, "0")}`;
}

/** Every bucket from the one holding `from` through the one holding `to`, oldest first. */
export function bucketsBetween(bucket: Bucket, from: Date, to: Date): BucketDef[] {
  const out: BucketDef[] = [];
  for (let s = bucketStart(bucket, from.getTime()); s <= to.getTime(); s = nextBucketStart(bucket, s)) {
    out.push({ key: bucketKey(bucket, s), start: s, end: nextBucketStart(bucket, s) });
  }
  return out;
}

/** The next `n` buckets after `last`. */
export function bucketsAfter(bucket: Bucket, last: BucketDef, n: number): BucketDef[] {
  const out: BucketDef[] = [];
  let s = last.end;
  for (let i = 0; i < n; i++, s = nextBucketStart(bucket, s)) out.push({ key: bucketKey(bucket, s), start: s, end: nextBucketStart(bucket, s) });
  return out;
}

export interface SeriesPoint extends BucketDef {
  /** Projects with a scan at or before the bucket's end; the others contribute nothing (not zero). */
  projects: number;
  /** Null when no project had been scanned by the bucket's end. */
  minutes: number | null;
  lines: number | null;
  byCategory: CategoryMinutes | null;
  ratio: number | null;
  grade: Grade | null;
}

/** Adds a scan's category columns into `into`. */
export function addCategoryMinutes(into: CategoryMinutes, s: Pick<ScanTotals, "testDebt" | "docsDebt" | "complexityDebt" | "duplicationDebt">): CategoryMinutes {
  for (const c of CATEGORIES) into[c] += s[`${c}Debt`];
  return into;
}

/**
 * The organization's debt per bucket. `scans` may hold any scans of the projects (the loader
 * sends only each bucket's last one plus the last before the range, which gives the same result);
 * scans after `asOf` are ignored so the current, partial bucket shows the latest value so far.
 */
export function bucketedSeries(scans: ScanTotals[], buckets: BucketDef[], model: DebtModel, asOf: Date): SeriesPoint[] {
  const sorted = scans.filter((s) => s.scannedAt.getTime() <= asOf.getTime()).sort((a, b) => a.scannedAt.getTime() - b.scannedAt.getTime());
  const latest = new Map<string, ScanTotals>();
  let i = 0;
  return buckets.map((b) => {
    while (i < sorted.length && sorted[i].scannedAt.getTime() < b.end) {
      latest.set(sorted[i].projectId, sorted[i]);
      i++;
    }
    if (latest.size === 0) return { ...b, projects: 0, minutes: null, lines: null, byCategory: null, ratio: null, grade: null };
    const byCategory = emptyCategoryMinutes();
    const parts: Array<{ minutes: number; lines: number }> = [];
    for (const s of latest.values()) {
      addCategoryMinutes(byCategory, s);
      parts.push({ minutes: s.totalDebt, lines: s.lines });
    }
    const sum = summarize(parts, model);
    return { ...b, projects: latest.size, minutes: sum.minutes, lines: sum.lines, byCategory, ratio: sum.ratio, grade: sum.grade };
  });
}
