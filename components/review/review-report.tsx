import Link from "next/link";
import type { ReactNode } from "react";
import { Card } from "@/components/card";
import { TableHead } from "@/components/table-head";
import type { ChangeStatus, Review } from "@/lib/review/types";
import { reviewView, type TextTable } from "@/lib/review/view";
import { PrintButton } from "./print-button";
import styles from "./review-print.module.css";

// Renders reviewView(review): the same strings the Markdown export and the digest use.

const TONE: Record<ChangeStatus, string> = {
  worse: "text-red-700 dark:text-red-400 print:text-black",
  better: "text-green-700 dark:text-green-400 print:text-black",
  unknown: "text-zinc-500",
  added: "text-zinc-600 dark:text-zinc-400",
  removed: "text-zinc-600 dark:text-zinc-400",
  unchanged: "",
};

function Table({ table, testId, rowStatus }: { table: TextTable; testId: string; rowStatus?: ChangeStatus[] }) {
  return (
    <div className="overflow-x-auto print:overflow-visible">
      <table className="w-full text-left text-sm" data-testid={testId}>
        <TableHead columns={table.header} />
        <tbody>
          {table.rows.map((row, i) => (
            <tr key={i} className="border-b border-zinc-100 align-top dark:border-zinc-800/60" data-status={rowStatus?.[i]}>
              {row.map((cell, j) => (
                <td key={j} className={`py-1.5 pr-3 tabular-nums ${j === row.length - 1 && rowStatus ? TONE[rowStatus[i]] : ""}`}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Section({ title, table, empty, testId, children, rowStatus }: { title: string; table: TextTable; empty: string; testId: string; children?: ReactNode; rowStatus?: ChangeStatus[] }) {
  return (
    <Card title={title}>
      {table.rows.length > 0 ? <Table table={table} testId={testId} rowStatus={rowStatus} /> : <p className="text-sm text-zinc-500">{empty}</p>}
      {children}
    </Card>
  );
}

const button = "rounded border border-zinc-300 px-3 py-1 text-sm hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800";

/** The weekly review of a project or team: week navigation, exports and the four sections. */
export function ReviewReport({ review }: { review: Review }) {
  const v = reviewView(review);
  const scopePath = `/orgs/${review.scope.org}/${review.scope.kind === "team" ? "teams" : "projects"}/${review.scope.slug}`;
  const path = `${scopePath}/review`;
  const exportHref = (format: "md" | "csv") => `${path}/export?week=${review.week}&format=${format}`;
  return (
    <div className={`space-y-4 ${styles.report}`}>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <nav aria-label="Breadcrumb" className="text-sm text-zinc-500 print:hidden">
            <Link href={scopePath} className="hover:underline">
              {review.scope.name}
            </Link>
          </nav>
          <h1 className="text-2xl font-semibold">{v.title}</h1>
          <p className="text-sm text-zinc-500" data-testid="review-period">
            {v.period}
          </p>
          <ul className="mt-1 text-sm text-zinc-600 dark:text-zinc-400" data-testid="review-scans">
            {v.scans.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </div>
        <div className="flex flex-wrap items-center gap-2 print:hidden">
          <Link href={`${path}?week=${review.previousWeek}`} className={button} rel="prev">
            ← {review.previousWeek}
          </Link>
          {review.nextWeek ? (
            <Link href={`${path}?week=${review.nextWeek}`} className={button} rel="next">
              {review.nextWeek} →
            </Link>
          ) : null}
          <a href={exportHref("md")} download className={button}>
            Export Markdown
          </a>
          <a href={exportHref("csv")} download className={button}>
            Export CSV
          </a>
          <PrintButton />
        </div>
      </div>
      <Section title="Changes" table={v.changes} empty="No values changed." testId="review-changes" rowStatus={v.changes.status}>
        <p className="mt-2 text-xs text-zinc-500" data-testid="review-unchanged">
          {v.unchanged}
        </p>
      </Section>
      <Section title="Threshold crossings" table={v.crossings} empty="No new findings crossed a threshold." testId="review-crossings">
        {v.crossingsMore ? <p className="mt-2 text-xs text-zinc-500">{v.crossingsMore}</p> : null}
      </Section>
      <Section title="Sprint budget" table={v.budgets} empty="No sprint overlaps this week." testId="review-budgets" />
      <Section title="Hotspots" table={v.hotspots} empty="No hotspots." testId="review-hotspots" />
    </div>
  );
}

export function reviewTitle(scope: string, week: string | undefined): string {
  return week ? `Weekly review ${week} · ${scope}` : `Weekly review · ${scope}`;
}
