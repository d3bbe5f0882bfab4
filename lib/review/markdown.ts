// The review as Markdown, to paste into a meeting document. Pure.
import type { Review } from "./types";
import { reviewView, type TextTable } from "./view";

/** A cell that cannot break the table: pipes escaped, line breaks flattened. */
export function mdCell(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

export function mdTable(t: TextTable): string[] {
  if (t.rows.length === 0) return [];
  return [
    `| ${t.header.map(mdCell).join(" | ")} |`,
    `| ${t.header.map(() => "---").join(" | ")} |`,
    ...t.rows.map((r) => `| ${r.map(mdCell).join(" | ")} |`),
  ];
}

export function reviewPath(review: Review, week = review.week): string {
  const kind = review.scope.kind === "team" ? "teams" : "projects";
  return `/orgs/${review.scope.org}/${kind}/${review.scope.slug}/review?week=${week}`;
}

function section(title: string, table: TextTable, empty: string, extra: Array<string | null> = []): string[] {
  const body = table.rows.length > 0 ? mdTable(table) : [`_${empty}_`];
  return [`## ${title}`, "", ...body, ...extra.filter((e): e is string => e != null).flatMap((e) => ["", e]), ""];
}

/** Same sections, rows and numbers as the review page (both render reviewView). */
export function reviewToMarkdown(review: Review, opts: { baseUrl?: string } = {}): string {
  const v = reviewView(review);
  const link = opts.baseUrl ? `[Open in Paydown](${opts.baseUrl.replace(/\/$/, "")}${reviewPath(review)})` : null;
  const lines = [
    `# ${v.title}`,
    "",
    v.period,
    "",
    ...v.scans.map((s) => `- ${s}`),
    ...(link ? ["", link] : []),
    "",
    ...section("Changes", v.changes, "No values changed.", [v.unchanged]),
    ...section("Threshold crossings", v.crossings, "No new findings crossed a threshold.", [v.crossingsMore]),
    ...section("Sprint budget", v.budgets, "No sprint overlaps this week."),
    ...section("Hotspots", v.hotspots, "No hotspots."),
  ];
  return lines.join("\n").replace(/\n+$/, "\n");
}
