import { Card } from "@/components/card";
import { TableHead } from "@/components/table-head";
import { formatDay } from "@/components/charts/format";
import { CATEGORY_LABEL } from "@/lib/debt/metrics";
import { formatMinutes } from "@/lib/debt/model";
import { CATEGORIES } from "@/lib/ingest/schema";
import { formatNetMinutes } from "@/lib/payoff/format";
import type { SprintPaydown } from "@/lib/payoff/paydown";
import type { ModuleState } from "@/lib/payoff/paydown-diff";

const STATE_LABEL: Record<ModuleState, string> = {
  compared: "compared",
  added: "new since the start",
  removed: "gone at the end",
  absent: "in neither scan",
  no_start_scan: "no scan at the start",
  waiting: "waiting for the end-of-sprint scan",
};

const day = (d: Date) => formatDay(d.getTime());
const netClass = (n: number) => (n < 0 ? "text-green-700 dark:text-green-400" : n > 0 ? "text-red-700 dark:text-red-400" : "");

/** Why there are no numbers yet, or null when there are. */
function pendingMessage(p: SprintPaydown, sprintStart: Date): string | null {
  switch (p.state) {
    case "no_debt_modules":
      return "No debt item of this sprint names a module or links a finding, so there is nothing to compare.";
    case "no_start_scan":
      return `No scan at or before the sprint's start (${day(sprintStart)}), so there is nothing to compare against.`;
    case "waiting":
      return "Waiting for the end-of-sprint scan: no scan of the touched modules' projects since the one at the sprint's start.";
    case "compared":
      return null;
  }
}

/** Paid versus added debt minutes per category and the net change, over the modules the debt work touched. */
export function PaydownSummaryCard({ paydown: p, sprintStart }: { paydown: SprintPaydown; sprintStart: Date }) {
  const pending = pendingMessage(p, sprintStart);
  return (
    <Card title={p.ended ? "What the paydown bought" : "What the paydown bought so far"}>
      {pending ? (
        <p className="text-sm text-zinc-500" data-testid="paydown-pending">
          {pending}
        </p>
      ) : (
        <div className="space-y-3" data-testid="paydown-summary">
          <dl className="grid grid-cols-3 gap-2 text-sm">
            {[
              { id: "paid", label: "Paid (findings gone)", text: formatMinutes(p.paidTotal), tone: "" },
              { id: "added", label: "Added (new findings)", text: formatMinutes(p.addedTotal), tone: "" },
              { id: "net", label: "Net change in debt", text: formatNetMinutes(p.net), tone: netClass(p.net) },
            ].map((stat) => (
              <div key={stat.id}>
                <dt className="text-zinc-500">{stat.label}</dt>
                <dd className={`text-lg font-semibold tabular-nums ${stat.tone}`} data-testid={stat.id}>
                  {stat.text}
                </dd>
              </div>
            ))}
          </dl>
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Paid and added debt per category</caption>
            <TableHead columns={["Category", "Paid", "Added", "Net"]} />
            <tbody>
              {CATEGORIES.map((c) => (
                <tr key={c} className="border-b border-zinc-100 last:border-0 dark:border-zinc-800">
                  <td className="py-1 pr-3">{CATEGORY_LABEL[c]}</td>
                  <td className="py-1 pr-3 tabular-nums">{formatMinutes(p.paid[c])}</td>
                  <td className="py-1 pr-3 tabular-nums">{formatMinutes(p.added[c])}</td>
                  <td className={`py-1 pr-3 tabular-nums ${netClass(p.added[c] - p.paid[c])}`}>{formatNetMinutes(p.added[c] - p.paid[c])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {p.scans.length ? (
        <p className="mt-3 text-xs text-zinc-500">
          Compared:{" "}
          {p.scans
            .map((s) => `${s.start ? day(s.start.scannedAt) : "no start scan"} → ${s.end && s.end.id !== s.start?.id ? day(s.end.scannedAt) : "no end scan yet"}`)
            .join("; ")}
          . Start: latest scan on or before the first day; end: latest on or before the day after the last.
        </p>
      ) : null}
    </Card>
  );
}

export function PaydownModulesCard({ paydown: p }: { paydown: SprintPaydown }) {
  return (
    <Card title={`Modules the debt work touched (${p.modules.length})`}>
      {p.modules.length ? (
        <table className="w-full text-left text-sm" data-testid="paydown-modules">
          <TableHead columns={["Module", "Compared", "Paid", "Added", "Net"]} />
          <tbody>
            {p.modules.map((m) => (
              <tr key={m.moduleId} className="border-b border-zinc-100 last:border-0 dark:border-zinc-800">
                <td className="py-1 pr-3">{m.name}</td>
                <td className="py-1 pr-3 text-zinc-500">{STATE_LABEL[m.state]}</td>
                <td className="py-1 pr-3 tabular-nums">{formatMinutes(m.paidTotal)}</td>
                <td className="py-1 pr-3 tabular-nums">{formatMinutes(m.addedTotal)}</td>
                <td className={`py-1 pr-3 tabular-nums ${netClass(m.net)}`}>{formatNetMinutes(m.net)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="text-sm text-zinc-500">No debt item names a module.</p>
      )}
    </Card>
  );
}

export function LinkedFindingsCard({ paydown: p }: { paydown: SprintPaydown }) {
  const rows = [...p.resolved.map((f) => ({ f, resolved: true })), ...p.open.map((f) => ({ f, resolved: false }))];
  return (
    <Card title={`Linked findings: ${p.resolved.length} resolved of ${rows.length}`}>
      {rows.length ? (
        <table className="w-full text-left text-sm" data-testid="linked-findings">
          <TableHead columns={["Finding", "Category", "Debt when linked", "At the end"]} />
          <tbody>
            {rows.map(({ f, resolved }) => (
              <tr key={`${f.moduleId}:${f.fingerprint}`} className="border-b border-zinc-100 last:border-0 dark:border-zinc-800">
                <td className="py-1 pr-3">
                  {f.symbol ?? f.file ?? f.kind}
                  <span className="block text-xs text-zinc-500">
                    {f.kind}
                    {f.file && f.symbol ? ` · ${f.file}` : ""}
                  </span>
                </td>
                <td className="py-1 pr-3">{CATEGORY_LABEL[f.category]}</td>
                <td className="py-1 pr-3 tabular-nums">{formatMinutes(f.remediationMinutes)}</td>
                <td className={`py-1 pr-3 ${resolved ? "text-green-700 dark:text-green-400" : "text-zinc-500"}`}>{resolved ? "resolved" : "still there"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="text-sm text-zinc-500">No finding is linked to this sprint&apos;s debt items.</p>
      )}
    </Card>
  );
}
