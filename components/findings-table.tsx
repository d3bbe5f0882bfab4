import Link from "next/link";
import { formatMinutes } from "@/lib/debt/model";
import { CATEGORY_LABEL } from "@/lib/debt/metrics";
import { CATEGORIES, type Category } from "@/lib/ingest/schema";
import { FINDING_SORTS, type FindingSort, type PageWindow } from "@/lib/debt/findings-page";
import { TableHead } from "@/components/table-head";

export interface FindingRow {
  id: string;
  category: Category;
  kind: string;
  file: string | null;
  startLine: number | null;
  endLine: number | null;
  symbol: string | null;
  value: number;
  threshold: number | null;
  message: string | null;
  remediationMinutes: number;
  other: unknown;
}

function location(f: { file: string | null; startLine: number | null; endLine: number | null }): string {
  if (!f.file) return "(module)";
  if (!f.startLine) return f.file;
  return f.endLine && f.endLine !== f.startLine ? `${f.file}:${f.startLine}-${f.endLine}` : `${f.file}:${f.startLine}`;
}

function otherLocation(other: unknown): string | null {
  const o = other as { file?: string; startLine?: number; endLine?: number } | null;
  return o?.file ? location({ file: o.file, startLine: o.startLine ?? null, endLine: o.endLine ?? null }) : null;
}

export function FindingsTable({
  rows,
  counts,
  category,
  sort,
  paging,
  hrefFor,
}: {
  /** One page, in `sort` order already (the database sorts, so every page follows one order). */
  rows: FindingRow[];
  counts: Array<{ category: Category; _count: { _all: number } }>;
  category: Category | null;
  sort: FindingSort;
  paging: PageWindow;
  hrefFor: (changes: { category?: string; sort?: string; page?: string }) => string;
}) {
  const countOf = (c: Category) => counts.find((x) => x.category === c)?._count._all ?? 0;
  const total = counts.reduce((a, c) => a + c._count._all, 0);
  const tab = (active: boolean) =>
    `rounded px-2 py-1 ${active ? "bg-zinc-900 text-white dark:bg-zinc-100 dark:text-zinc-900" : "hover:bg-zinc-100 dark:hover:bg-zinc-800"}`;
  return (
    <div>
      <div className="no-print mb-3 flex flex-wrap items-center gap-2 text-sm" role="group" aria-label="Filter findings by category">
        <Link href={hrefFor({ category: "", page: "" })} className={tab(category == null)} aria-current={category == null ? "true" : undefined}>
          All ({total})
        </Link>
        {CATEGORIES.map((c) => (
          <Link key={c} href={hrefFor({ category: c, page: "" })} className={tab(category === c)} aria-current={category === c ? "true" : undefined}>
            {CATEGORY_LABEL[c]} ({countOf(c)})
          </Link>
        ))}
        <span className="ml-auto text-zinc-500">Sort:</span>
        {FINDING_SORTS.map((s) => (
          <Link key={s} href={hrefFor({ sort: s, page: "" })} className={tab(sort === s)} aria-current={sort === s ? "true" : undefined}>
            {s === "minutes" ? "Remediation" : s === "value" ? "Measured value" : "Location"}
          </Link>
        ))}
      </div>
      {rows.length === 0 ? (
        <p className="py-6 text-center text-sm text-zinc-500">No findings{category ? ` in ${CATEGORY_LABEL[category].toLowerCase()}` : ""}.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm" data-testid="findings-table">
            <TableHead columns={["Category", "Finding", "Location", "Measured", "Remediation"]} />
            <tbody>
              {rows.map((f) => (
                <tr key={f.id} className="border-b border-zinc-100 align-top dark:border-zinc-800/60">
                  <td className="py-2 pr-3">{CATEGORY_LABEL[f.category]}</td>
                  <td className="py-2 pr-3">
                    <div>{f.kind.replace(/-/g, " ")}</div>
                    {f.symbol ? <code className="text-xs">{f.symbol}</code> : null}
                    {f.message ? <div className="text-xs text-zinc-500">{f.message}</div> : null}
                  </td>
                  <td className="py-2 pr-3 font-mono text-xs">
                    {location(f)}
                    {otherLocation(f.other) ? <div className="text-zinc-500">and {otherLocation(f.other)}</div> : null}
                  </td>
                  <td className="py-2 pr-3 tabular-nums">
                    {f.value}
                    {f.threshold != null ? <span className="text-xs text-zinc-500"> (threshold {f.threshold})</span> : null}
                  </td>
                  <td className="py-2 pr-3 tabular-nums">{formatMinutes(f.remediationMinutes)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager paging={paging} hrefFor={(page) => hrefFor({ page: page === 1 ? "" : String(page) })} />
        </div>
      )}
    </div>
  );
}

function Pager({ paging, hrefFor }: { paging: PageWindow; hrefFor: (page: number) => string }) {
  const link = "rounded px-2 py-1 hover:bg-zinc-100 dark:hover:bg-zinc-800";
  return (
    <nav className="no-print mt-2 flex items-center gap-2 text-xs text-zinc-500" aria-label="Findings pages">
      <span>
        {paging.from.toLocaleString("en-US")}–{paging.to.toLocaleString("en-US")} of {paging.total.toLocaleString("en-US")}
        {paging.pages > 1 ? ` · page ${paging.page} of ${paging.pages}` : ""}
      </span>
      {paging.page > 1 ? (
        <Link href={hrefFor(paging.page - 1)} className={link} rel="prev">
          Previous
        </Link>
      ) : null}
      {paging.page < paging.pages ? (
        <Link href={hrefFor(paging.page + 1)} className={link} rel="next">
          Next
        </Link>
      ) : null}
    </nav>
  );
}
