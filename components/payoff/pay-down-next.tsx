import { Card } from "@/components/card";
import { TableHead } from "@/components/table-head";
import { formatDay } from "@/components/charts/format";
import { CATEGORY_LABEL } from "@/lib/debt/metrics";
import { formatMinutes } from "@/lib/debt/model";
import type { Category } from "@/lib/ingest/schema";
import { loadPayDownNext } from "@/lib/payoff/loaders";
import { AddSuggestionButton } from "./add-suggestion-button";

const unitLabel = (n: number, unit: "points" | "hours") => `${n} ${unit === "points" ? (n === 1 ? "pt" : "pts") : "h"}`;

/** The cells a finding and a module suggestion share: category, debt, churn weight, interest, estimate. */
function InterestCells({ s, unit }: { s: { category: Category; minutes: number; weight: number; interest: number; estimate: number }; unit: "points" | "hours" }) {
  return (
    <>
      <td className="py-2 pr-3">{CATEGORY_LABEL[s.category]}</td>
      <td className="py-2 pr-3 tabular-nums">{formatMinutes(s.minutes)}</td>
      <td className="py-2 pr-3 tabular-nums">{s.weight.toFixed(1)}</td>
      <td className="py-2 pr-3 tabular-nums">{formatMinutes(s.interest)}</td>
      <td className="py-2 pr-3 tabular-nums">{unitLabel(s.estimate, unit)}</td>
    </>
  );
}

/**
 * "Pay down next" for a sprint's planning page: the latest scans' findings and module
 * categories with the most interest (minutes × churn weight), each with an estimate and a
 * one-click "add to sprint" for members. See docs/sprints-payoff.md.
 */
export async function PayDownNext({ org, team, sprint }: { org: string; team: string; sprint: string }) {
  const { findings, modules, canEdit, unit, scannedAt } = await loadPayDownNext(org, team, sprint);
  const hidden = { org, team, sprint };
  const note = scannedAt ? `From the latest scans (${formatDay(scannedAt.getTime())}); interest = minutes × churn weight.` : null;
  return (
    <Card title="Pay down next">
      {!scannedAt ? (
        <p className="text-sm text-zinc-500">No scans yet for this team&apos;s projects: suggestions appear after the first scan.</p>
      ) : findings.length === 0 && modules.length === 0 ? (
        <p className="text-sm text-zinc-500">The latest scans found no debt to pay down.</p>
      ) : (
        <div className="space-y-4" data-testid="pay-down-next">
          <p className="text-xs text-zinc-500">{note}</p>
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Findings to pay down next, highest interest first</caption>
            <TableHead columns={["Finding", "Category", "Debt", "Churn ×", "Interest", "Estimate", ""]} />
            <tbody>
              {findings.map((f) => (
                <tr key={f.fingerprint} className="border-b border-zinc-100 last:border-0 dark:border-zinc-800" data-testid="suggestion">
                  <td className="py-2 pr-3">
                    <div>{f.title}</div>
                    <div className="text-xs text-zinc-500">
                      {f.projectSlug}/{f.moduleName}
                      {f.file ? ` · ${f.file}${f.startLine ? `:${f.startLine}` : ""}` : ""}
                    </div>
                  </td>
                  <InterestCells s={f} unit={unit} />
                  <td className="py-2">{canEdit ? <AddSuggestionButton fields={{ ...hidden, fingerprint: f.fingerprint }} inSprint={f.inSprint} label={f.title} /> : null}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {modules.length ? (
            <table className="w-full text-left text-sm">
              <caption className="mb-1 text-left text-xs font-medium text-zinc-500">Whole modules</caption>
              <TableHead columns={["Module", "Category", "Debt", "Churn ×", "Interest", "Estimate", ""]} />
              <tbody>
                {modules.map((m) => (
                  <tr key={`${m.moduleId}:${m.category}`} className="border-b border-zinc-100 last:border-0 dark:border-zinc-800">
                    <td className="py-2 pr-3">
                      {m.projectSlug}/{m.moduleName}
                    </td>
                    <InterestCells s={m} unit={unit} />
                    <td className="py-2">
                      {canEdit ? <AddSuggestionButton fields={{ ...hidden, module: m.moduleId, category: m.category }} inSprint={m.inSprint} label={m.title} /> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </div>
      )}
    </Card>
  );
}
