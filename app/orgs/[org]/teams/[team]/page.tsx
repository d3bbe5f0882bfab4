import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { Card, CardSkeleton } from "@/components/card";
import { LastNPicker } from "@/components/last-n-picker";
import { TableHead } from "@/components/table-head";
import { BudgetStatusBadge, pct } from "@/components/sprints/budget-meter";
import { SprintHeader, sprintDates } from "@/components/sprints/sprint-header";
import { SprintHistoryChart } from "@/components/sprints/sprint-history-chart";
import { roleAtLeast } from "@/lib/auth/schema";
import { pick, withParams, type SearchParams } from "@/lib/http/search-params";
import { computeBudget, sprintEnded } from "@/lib/sprints/budget";
import { HISTORY_SIZES, sprintHistory } from "@/lib/sprints/history";
import { loadTeamSprints } from "@/lib/sprints/loaders";

type Props = { params: Promise<{ org: string; team: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await params).team };
}

async function HistoryCard({ org, team, last, sp }: { org: string; team: string; last: number; sp: SearchParams }) {
  const { sprints } = await loadTeamSprints(org, team);
  const { points, cumulativeGap, counted } = sprintHistory(sprints, last);
  const path = `/orgs/${org}/teams/${team}`;
  const picker = <LastNPicker sizes={HISTORY_SIZES} current={last} hrefFor={(n) => withParams(path, sp, { last: n })} />;
  return (
    <Card title="Sprint history" actions={picker}>
      {points.length ? (
        <>
          <SprintHistoryChart data={points} />
          <p className="mt-2 text-sm" data-testid="cumulative-gap">
            Cumulative gap over the last {counted} ended sprint(s):{" "}
            <strong className="tabular-nums">
              {cumulativeGap > 0 ? "+" : ""}
              {cumulativeGap}
            </strong>{" "}
            {cumulativeGap < 0 ? "short of the debt budget" : "against the debt budget"} (done debt estimate minus target × done estimate).
          </p>
        </>
      ) : (
        <p className="text-sm text-zinc-500">No sprint has started yet.</p>
      )}
    </Card>
  );
}

export default async function TeamPage({ params, searchParams }: Props) {
  const [{ org, team: teamSlug }, sp] = await Promise.all([params, searchParams]);
  const last = Number(pick(sp.last, HISTORY_SIZES, "6"));
  const { org: membership, team, sprints } = await loadTeamSprints(org, teamSlug);
  const base = `/orgs/${org}/teams/${team.slug}`;
  return (
    <div className="space-y-4">
      <SprintHeader
        org={org}
        orgName={membership.orgName}
        team={team.slug}
        teamName={team.name}
        title={team.name}
        sub={`Debt budget ${pct(team.budgetTarget)} · works on ${team.projects.map((p) => p.name).join(", ") || "no project yet"}`}
      />
      <div className="flex flex-wrap gap-4 text-sm">
        {roleAtLeast(membership.role, "member") ? (
          <Link href={`${base}/sprints/new`} className="text-blue-700 hover:underline dark:text-blue-400">
            New sprint
          </Link>
        ) : null}
        {membership.role === "admin" ? (
          <Link href={`${base}/settings`} className="text-blue-700 hover:underline dark:text-blue-400">
            Team settings
          </Link>
        ) : null}
        <Link href={`${base}/review`} className="text-blue-700 hover:underline dark:text-blue-400">
          Weekly review
        </Link>
        <Link href={`${base}/payoff`} className="text-blue-700 hover:underline dark:text-blue-400">
          What the paydown bought and forecast
        </Link>
      </div>
      <Suspense fallback={<CardSkeleton title="Sprint history" />}>
        <HistoryCard org={org} team={team.slug} last={last} sp={sp} />
      </Suspense>
      <Card title={`Sprints (${sprints.length})`}>
        {sprints.length ? (
          <table className="w-full text-left text-sm" data-testid="sprint-list">
            <TableHead columns={["Sprint", "Dates", "Planned debt", "Done debt", "Target", "Status", ""]} />
            <tbody>
              {sprints.map((s) => {
                const ended = sprintEnded(s.endDate);
                const b = computeBudget(s.items, { target: s.budgetTarget, ended });
                return (
                  <tr key={s.id} className="border-b border-zinc-100 dark:border-zinc-800">
                    <td className="py-1.5 pr-3">
                      <Link href={`${base}/sprints/${s.id}`} className="font-medium text-blue-700 hover:underline dark:text-blue-400">
                        {s.name}
                      </Link>
                    </td>
                    <td className="py-1.5 pr-3 text-zinc-600 dark:text-zinc-400">{sprintDates(s)}</td>
                    <td className="py-1.5 pr-3 tabular-nums">{pct(b.planned.debtShare)}</td>
                    <td className="py-1.5 pr-3 tabular-nums">{pct(b.done.debtShare)}</td>
                    <td className="py-1.5 pr-3 tabular-nums">{pct(s.budgetTarget)}</td>
                    <td className="py-1.5 pr-3">
                      <BudgetStatusBadge status={b.status} />
                    </td>
                    <td className="py-1.5 pr-3 text-xs">
                      {ended ? (
                        <Link href={`${base}/sprints/${s.id}/review`} className="text-blue-700 hover:underline dark:text-blue-400">
                          Sprint review
                        </Link>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        ) : (
          <p className="text-sm text-zinc-500">No sprints yet.</p>
        )}
      </Card>
    </div>
  );
}
