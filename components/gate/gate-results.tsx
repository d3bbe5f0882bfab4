import { Card } from "@/components/card";
import { formatDay } from "@/components/charts/format";
import { TableHead } from "@/components/table-head";
import { formatMinutes } from "@/lib/debt/model";
import { loadGateResults } from "@/lib/gate/loaders";
import type { GateResultRow } from "@/lib/gate/schema";

function PullRequest({ value }: { value: string | null }) {
  if (!value) return <span className="text-zinc-400">—</span>;
  if (/^https?:\/\//.test(value)) {
    const label = /\/(\d+)\/?$/.exec(value)?.[1];
    return (
      <a href={value} className="text-blue-700 hover:underline dark:text-blue-400" rel="noreferrer">
        {label ? `#${label}` : value}
      </a>
    );
  }
  return <span>#{value}</span>;
}

function Verdict({ row }: { row: GateResultRow }) {
  const style = row.passed
    ? "bg-emerald-100 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-300"
    : "bg-red-100 text-red-800 dark:bg-red-950 dark:text-red-300";
  return (
    <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${style}`} title={row.failedRules.join(", ") || undefined}>
      {row.passed ? "passed" : row.warnOnly ? "failed (warn only)" : "failed"}
    </span>
  );
}

function debtText(delta: number): string {
  if (delta === 0) return "none";
  return delta > 0 ? `+${formatMinutes(delta)}` : `−${formatMinutes(-delta)}`;
}

/** Recent `paydown gate` results: which commits and pull requests added debt, and which plan covered it. */
export function GateResultsTable({ rows }: { rows: GateResultRow[] }) {
  if (rows.length === 0) {
    return <p className="text-sm text-zinc-500">No gate results yet. Run `paydown gate` on pull requests (docs/ci.md).</p>;
  }
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm" data-testid="gate-results">
        <TableHead columns={["Result", "Commit", "Pull request", "Branch", "Debt added", "Plan", "Date"]} />
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-b border-zinc-100 align-top dark:border-zinc-800">
              <td className="py-2 pr-3">
                <Verdict row={r} />
                {r.failedRules.length ? <div className="mt-1 text-xs text-zinc-500">{r.failedRules.join(", ")}</div> : null}
              </td>
              <td className="py-2 pr-3">
                <code>{r.commitSha.slice(0, 7)}</code>
              </td>
              <td className="py-2 pr-3">
                <PullRequest value={r.pullRequest} />
              </td>
              <td className="py-2 pr-3 text-zinc-600 dark:text-zinc-400">
                {r.branch ?? "?"} → {r.targetBranch ?? "?"}
              </td>
              <td className="py-2 pr-3 tabular-nums">{debtText(r.debtDelta)}</td>
              <td className="py-2 pr-3">
                {r.plans.length ? (
                  <ul>
                    {r.plans.map((p) => (
                      <li key={p.module}>
                        <span className="font-medium">{p.module}</span>: {p.plannedBy.join("; ")}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <span className="text-zinc-400">—</span>
                )}
              </td>
              <td className="py-2 pr-3 text-zinc-500">{formatDay(r.createdAt.getTime())}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export async function GateResultsCard({ org, project }: { org: string; project: string }) {
  const rows = await loadGateResults(org, project);
  return (
    <Card title="Gate results">
      <GateResultsTable rows={rows} />
    </Card>
  );
}
