import { Card } from "@/components/card";
import { DataTableAlt } from "@/components/data-table-alt";
import { TableHead } from "@/components/table-head";
import type { TeamAdherence } from "@/lib/portfolio/adherence";
import { adherenceChartData } from "@/lib/portfolio/chart-data";
import type { BudgetStatus } from "@/lib/sprints/budget";
import { AdherenceChart } from "./adherence-chart";
import { CsvLink, pct } from "./csv-link";

const STATUS: Record<BudgetStatus, { label: string; cls: string }> = {
  on_target: { label: "on target", cls: "bg-green-100 text-green-900 dark:bg-green-900 dark:text-green-100" },
  below_target: { label: "below", cls: "bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100" },
  above_target: { label: "above", cls: "bg-red-100 text-red-900 dark:bg-red-900 dark:text-red-100" },
};

/** Budget adherence per team over its last N started sprints (lib/sprints/budget.ts maths). */
export async function TeamsCard({ data, sprints, csvHref }: { data: Promise<TeamAdherence[]>; sprints: number; csvHref: string }) {
  const teams = await data;
  const chart = adherenceChartData(teams);
  return (
    <Card title={`Budget adherence (last ${sprints} sprints)`} actions={<CsvLink href={csvHref} what="the budget adherence table" />}>
      {teams.length === 0 ? (
        <p className="py-6 text-center text-sm text-zinc-500">No teams match these filters.</p>
      ) : (
        <>
          <AdherenceChart data={chart} />
          <DataTableAlt
            caption="Per team: sprints on target, mean debt share and target"
            columns={["Team", "Sprints on target (%)", "Mean debt share (%)", "Target (%)"]}
            rows={chart.map((d) => [d.name, d.onTarget ?? "—", d.meanShare ?? "—", d.target])}
          />
          <div className="mt-2 overflow-x-auto">
            <table className="w-full text-left text-sm" data-testid="portfolio-teams">
              <TableHead columns={["Team", "Target", "On target", "Mean debt share", "Sprints (oldest first)"]} />
              <tbody>
                {teams.map((t) => (
                  <tr key={t.slug} className="border-b border-zinc-100 align-top dark:border-zinc-800/60">
                    <th scope="row" className="py-2 pr-3 text-left font-medium">
                      {t.name}
                    </th>
                    <td className="py-2 pr-3 tabular-nums">{pct(t.budgetTarget, 0)}</td>
                    <td className="py-2 pr-3 tabular-nums">{t.judged ? `${t.onTarget} of ${t.judged} (${pct(t.onTargetShare, 0)})` : "—"}</td>
                    <td className="py-2 pr-3 tabular-nums">{pct(t.meanShare)}</td>
                    <td className="py-2 pr-3">
                      {t.sprints.length === 0 ? <span className="text-zinc-500">no sprints yet</span> : null}
                      <ul className="flex flex-wrap gap-1">
                        {t.sprints.map((s) => (
                          <li key={s.name} className={`rounded px-1.5 text-xs ${s.status ? STATUS[s.status].cls : "bg-zinc-100 text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300"}`}>
                            {s.name}: {pct(s.basis === "done" ? s.doneShare : s.plannedShare, 0)} {s.basis} · {s.status ? STATUS[s.status].label : "no estimates"}
                          </li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </Card>
  );
}
