import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { Card, CardSkeleton } from "@/components/card";
import { DataTableAlt } from "@/components/data-table-alt";
import { TableHead } from "@/components/table-head";
import { formatDay } from "@/components/charts/format";
import { LastNPicker } from "@/components/last-n-picker";
import { PayoffChart } from "@/components/payoff/payoff-chart";
import { SprintHeader } from "@/components/sprints/sprint-header";
import { formatMinutes } from "@/lib/debt/model";
import { pick, withParams, type SearchParams } from "@/lib/http/search-params";
import { formatNetMinutes, formatRate } from "@/lib/payoff/format";
import { loadTeamPayoff } from "@/lib/payoff/loaders";
import { rollupChartData } from "@/lib/payoff/rollup";
import { loadTeam } from "@/lib/teams/loaders";

type Props = { params: Promise<{ org: string; team: string }>; searchParams: Promise<SearchParams> };

export const metadata: Metadata = { title: "Team payoff" };

const SIZES = ["4", "8", "12", "24"] as const;

async function RollupCard({ org, team, last, sp }: { org: string; team: string; last: number; sp: SearchParams }) {
  const { rows, overall } = await loadTeamPayoff(org, team, last);
  const path = `/orgs/${org}/teams/${team}/payoff`;
  const chart = rollupChartData(rows);
  const unit = rows[rows.length - 1]?.unit ?? "points";
  const picker = <LastNPicker sizes={SIZES} current={last} hrefFor={(n) => withParams(path, sp, { last: n })} />;
  return (
    <Card title="Minutes of debt removed per point spent" actions={picker}>
      {!rows.length ? (
        <p className="text-sm text-zinc-500">No sprint of this team has ended yet.</p>
      ) : (
        <div className="space-y-3">
          <p className="text-sm" data-testid="payoff-overall">
            {overall.length
              ? overall
                  .map((o) =>
                    o.paidPerUnit == null
                      ? `${formatMinutes(o.paid)} paid, but no done debt work estimated in ${o.unit} to divide it by`
                      : `${formatRate(o.paidPerUnit, o.unit)}: ${formatMinutes(o.paid)} paid over ${o.spent} ${o.unit} of done debt work`,
                  )
                  .join("; ")
              : "No ended sprint has an end-of-sprint scan to compare yet."}
          </p>
          {chart.length ? (
            <>
              <PayoffChart data={chart} unit={unit} />
              <DataTableAlt
                caption="Debt paid and added per sprint"
                columns={["Sprint", "Paid (h)", "Added (h)", "Minutes removed per unit"]}
                rows={chart.map((c) => [c.name, c.paid, c.added, c.paidPerUnit ?? "—"])}
              />
            </>
          ) : null}
          <table className="w-full text-left text-sm" data-testid="payoff-table">
            <TableHead columns={["Sprint", "Ended", "Done debt work", "Paid", "Added", "Net", "Removed per unit"]} />
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} className="border-b border-zinc-100 last:border-0 dark:border-zinc-800">
                  <td className="py-1 pr-3">
                    <Link href={`/orgs/${org}/teams/${team}/sprints/${r.id}/review`} className="text-blue-700 hover:underline dark:text-blue-400">
                      {r.name}
                    </Link>
                  </td>
                  <td className="py-1 pr-3">{formatDay(r.endDate.getTime())}</td>
                  <td className="py-1 pr-3 tabular-nums">
                    {r.spent} {r.unit}
                  </td>
                  <td className="py-1 pr-3 tabular-nums">{r.paid == null ? "no comparison yet" : formatMinutes(r.paid)}</td>
                  <td className="py-1 pr-3 tabular-nums">{r.added == null ? "—" : formatMinutes(r.added)}</td>
                  <td className="py-1 pr-3 tabular-nums">{r.net == null ? "—" : formatNetMinutes(r.net)}</td>
                  <td className="py-1 pr-3 tabular-nums">{formatRate(r.paidPerUnit, r.unit)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}

export default async function TeamPayoffPage({ params, searchParams }: Props) {
  const [{ org, team: teamSlug }, sp] = await Promise.all([params, searchParams]);
  const last = Number(pick(sp.last, SIZES, "8"));
  const { org: membership, team } = await loadTeam(org, teamSlug);
  return (
    <div className="space-y-4">
      <SprintHeader org={org} orgName={membership.orgName} team={team.slug} teamName={team.name} title={`${team.name}: what the paydown bought`} sub="Paid = debt minutes of findings gone between each sprint's start and end scans in the modules its debt items touched." />
      <div className="text-sm">
        <Link href={`/orgs/${org}/teams/${team.slug}/forecast`} className="text-blue-700 hover:underline dark:text-blue-400">
          Forecast
        </Link>
      </div>
      <Suspense fallback={<CardSkeleton title="Minutes of debt removed per point spent" />}>
        <RollupCard org={org} team={team.slug} last={last} sp={sp} />
      </Suspense>
    </div>
  );
}
