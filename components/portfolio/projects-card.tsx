import Link from "next/link";
import { Card } from "@/components/card";
import { formatDay } from "@/components/charts/format";
import { GradeBadge } from "@/components/grade-badge";
import { TableHead } from "@/components/table-head";
import { formatMinutes } from "@/lib/debt/model";
import { CATEGORY_LABEL } from "@/lib/debt/metrics";
import { CATEGORIES } from "@/lib/ingest/schema";
import type { PortfolioRow } from "@/lib/portfolio/projects";
import type { ProjectsTable } from "@/lib/portfolio/tables";
import { CsvLink, pct } from "./csv-link";

function Trend({ row }: { row: PortfolioRow }) {
  if (!row.change || !row.trend) return <span className="text-zinc-400">—</span>;
  const points = row.change.ratio * 100;
  const text = `${points > 0 ? "+" : points < 0 ? "−" : "±"}${Math.abs(points).toFixed(2)} pt`;
  const arrow = { up: "↑", down: "↓", flat: "→" }[row.trend];
  const cls = row.trend === "up" ? "text-red-700 dark:text-red-400" : row.trend === "down" ? "text-green-700 dark:text-green-400" : "text-zinc-500";
  return (
    <span className={cls} title={`Was ${pct(row.then?.ratio)} (grade ${row.then?.grade})`}>
      {arrow} {text}
    </span>
  );
}

function Cells({ row, href }: { row: PortfolioRow; href: string | null }) {
  const n = row.now;
  return (
    <>
      <th scope="row" className="py-2 pr-3 text-left font-medium">
        {href ? (
          <Link href={href} className="text-blue-700 hover:underline dark:text-blue-400">
            {row.name}
          </Link>
        ) : (
          row.name
        )}
      </th>
      <td className="py-2 pr-3">{n ? <GradeBadge grade={n.grade} /> : "—"}</td>
      <td className="py-2 pr-3 tabular-nums">{n ? pct(n.ratio) : "—"}</td>
      <td className="py-2 pr-3 tabular-nums">{n ? formatMinutes(n.minutes) : "—"}</td>
      <td className="py-2 pr-3 tabular-nums">
        <Trend row={row} />
      </td>
      {CATEGORIES.map((c) => (
        <td key={c} className="py-2 pr-3 tabular-nums">
          {n ? (
            <>
              {formatMinutes(n.byCategory[c])} <span className="text-xs text-zinc-500">{pct(n.share?.[c], 0)}</span>
            </>
          ) : (
            "—"
          )}
        </td>
      ))}
      <td className="py-2 pr-3">{n?.scannedAt ? formatDay(n.scannedAt.getTime()) : "no scans yet"}</td>
    </>
  );
}

/** All projects side by side with the organization's total, which sums the projects' latest scans. */
export async function ProjectsCard({ data, org, csvHref }: { data: Promise<ProjectsTable>; org: string; csvHref: string }) {
  const { rows, total, comparedWith } = await data;
  const columns = ["Project", "Grade", "Debt ratio", "Debt", `Trend since ${formatDay(comparedWith.getTime())}`, ...CATEGORIES.map((c) => CATEGORY_LABEL[c]), "Latest scan"];
  return (
    <Card title={`Projects (${rows.length})`} actions={<CsvLink href={csvHref} what="the projects table" />}>
      {rows.length === 0 ? (
        <p className="py-6 text-center text-sm text-zinc-500">No projects match these filters.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm" data-testid="portfolio-projects">
            <TableHead columns={columns} />
            <tbody>
              {rows.map((r) => (
                <tr key={r.slug} className="border-b border-zinc-100 dark:border-zinc-800/60" data-project={r.slug}>
                  <Cells row={r} href={`/orgs/${org}/projects/${r.slug}`} />
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="border-t-2 border-zinc-300 font-semibold dark:border-zinc-700" data-testid="org-total">
                <Cells row={{ ...total, name: `Organization (${total.projectsNow} of ${rows.length} scanned)` }} href={null} />
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </Card>
  );
}
