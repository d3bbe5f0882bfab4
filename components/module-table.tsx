import Link from "next/link";
import { Sparkline } from "@/components/charts/sparkline";
import { formatMetric } from "@/components/charts/format";
import { GradeBadge } from "@/components/grade-badge";
import { formatMinutes } from "@/lib/debt/model";
import { categoryDebt } from "@/lib/debt/metrics";
import { sortModuleRows, type ModuleSortKey, type ModuleTableRow } from "@/lib/debt/trends";
import { CATEGORIES, type Category } from "@/lib/ingest/schema";

const HEAD: Array<{ key: ModuleSortKey; label: string }> = [
  { key: "name", label: "Module" },
  { key: "ratio", label: "Grade" },
  { key: "debt", label: "Debt" },
  { key: "test", label: "Test" },
  { key: "docs", label: "Docs" },
  { key: "complexity", label: "Complexity" },
  { key: "duplication", label: "Duplication" },
  { key: "change", label: "Since previous" },
  { key: "rangeChange", label: "Over range" },
];

function metricText(r: ModuleTableRow, c: Category): string {
  switch (c) {
    case "test":
      return formatMetric(r.current.coveragePct, "%") + " cov";
    case "docs":
      return formatMetric(r.current.docPct, "%") + " doc";
    case "complexity":
      return `${r.current.functionsOver} fn > CCN`;
    case "duplication":
      return formatMetric(r.current.duplicatedPct, "%") + " dup";
  }
}

function Delta({ minutes }: { minutes: number | undefined }) {
  if (minutes == null) return <span className="text-zinc-400">—</span>;
  if (minutes === 0) return <span className="text-zinc-500">0</span>;
  const cls = minutes > 0 ? "text-red-700 dark:text-red-400" : "text-green-700 dark:text-green-400";
  return <span className={cls}>{(minutes > 0 ? "+" : "−") + formatMinutes(Math.abs(minutes))}</span>;
}

/** Sortable by URL (`?sort=…&dir=…`) so a sorted view can be shared. */
export function ModuleTable({
  rows,
  sort,
  dir,
  hrefFor,
  moduleHref,
}: {
  rows: ModuleTableRow[];
  sort: ModuleSortKey;
  dir: "asc" | "desc";
  hrefFor: (sort: ModuleSortKey, dir: "asc" | "desc") => string;
  moduleHref: (name: string) => string;
}) {
  const sorted = sortModuleRows(rows, sort, dir);
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm" data-testid="module-table">
        <thead className="border-b border-zinc-200 text-xs text-zinc-500 dark:border-zinc-800">
          <tr>
            {HEAD.map((h) => {
              const active = h.key === sort;
              const next = active && dir === "desc" ? "asc" : "desc";
              return (
                <th key={h.key} scope="col" className="py-2 pr-3 font-medium" aria-sort={active ? (dir === "asc" ? "ascending" : "descending") : "none"}>
                  <Link href={hrefFor(h.key, h.key === "name" && !active ? "asc" : next)} className="hover:underline">
                    {h.label}
                    {active ? (dir === "asc" ? " ▲" : " ▼") : ""}
                  </Link>
                </th>
              );
            })}
            <th scope="col" className="py-2 font-medium">
              Trend
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((r) => (
            <tr key={r.moduleId} className="border-b border-zinc-100 dark:border-zinc-800/60">
              <td className="py-2 pr-3">
                <Link href={moduleHref(r.name)} className="font-medium text-blue-700 hover:underline dark:text-blue-400">
                  {r.name}
                </Link>
                <div className="text-xs text-zinc-500">{r.path || "."}</div>
              </td>
              <td className="py-2 pr-3">
                <GradeBadge grade={r.grade} /> <span className="text-xs text-zinc-500">{(r.ratio * 100).toFixed(1)}%</span>
              </td>
              <td className="py-2 pr-3 tabular-nums">{formatMinutes(r.current.totalDebt)}</td>
              {CATEGORIES.map((c) => (
                <td key={c} className="py-2 pr-3 tabular-nums">
                  <div>{metricText(r, c)}</div>
                  <div className="text-xs text-zinc-500">
                    {formatMinutes(categoryDebt(r.current, c))} <Delta minutes={r.sincePrevious?.byCategory[c]} />
                  </div>
                </td>
              ))}
              <td className="py-2 pr-3 tabular-nums">
                <Delta minutes={r.sincePrevious?.total} />
              </td>
              <td className="py-2 pr-3 tabular-nums">
                <Delta minutes={r.overRange?.total} />
              </td>
              <td className="py-2">
                <Sparkline values={r.sparkline} label={`Total debt of ${r.name} over the range: ${r.sparkline.map((v) => formatMinutes(v)).join(", ")}`} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
