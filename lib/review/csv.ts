// The review's changes table as CSV: the page's rows in the page's order, numbers rounded as shown
// (the page formats exactly these numbers with lib/review/view.ts). Pure.
import { csvFilename, toCsv, type CsvCell } from "@/lib/csv/write";
import { METRIC_INFO } from "./delta";
import type { ChangeRow, Review } from "./types";

export const REVIEW_CSV_HEADER = ["module", "path", "category", "metric", "unit", "previous", "current", "change", "status"] as const;

/** Empty where the module did not exist, "unknown" where the value is unknown. */
function side(r: ChangeRow, which: "previous" | "current"): CsvCell {
  if ((which === "previous" && r.status === "added") || (which === "current" && r.status === "removed")) return "";
  return r[which] ?? "unknown";
}

export function reviewToCsv(review: Review): string {
  const team = review.scope.kind === "team";
  const header = team ? ["project", ...REVIEW_CSV_HEADER] : [...REVIEW_CSV_HEADER];
  const rows = review.changes.map((r) => {
    const cells: CsvCell[] = [r.module, r.path, r.category, r.metric, METRIC_INFO[r.metric].unit, side(r, "previous"), side(r, "current"), r.change ?? "", r.status];
    return team ? [r.project, ...cells] : cells;
  });
  return toCsv(header, rows);
}

export function reviewFilename(review: Review, format: "md" | "csv"): string {
  const base = csvFilename(review.scope.org, review.scope.slug, "review", review.week);
  return format === "csv" ? base : base.replace(/\.csv$/, ".md");
}
