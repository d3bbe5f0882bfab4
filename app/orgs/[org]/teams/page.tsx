import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/card";
import { TableHead } from "@/components/table-head";
import { pct } from "@/components/sprints/budget-meter";
import { TeamForm } from "@/components/sprints/team-form";
import { createTeamAction } from "@/lib/teams/actions";
import { loadTeams } from "@/lib/teams/loaders";

export const metadata: Metadata = { title: "Teams and sprints" };

export default async function TeamsPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const { org: membership, teams, projects } = await loadTeams(org);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Teams and sprints</h1>
      <Card title={`Teams (${teams.length})`}>
        {teams.length ? (
          <table className="w-full text-left text-sm" data-testid="team-list">
            <TableHead columns={["Team", "Works on", "Debt budget", "Sprints"]} />
            <tbody>
              {teams.map((t) => (
                <tr key={t.id} className="border-b border-zinc-100 dark:border-zinc-800">
                  <td className="py-1.5 pr-3">
                    <Link href={`/orgs/${org}/teams/${t.slug}`} className="font-medium text-blue-700 hover:underline dark:text-blue-400">
                      {t.name}
                    </Link>
                  </td>
                  <td className="py-1.5 pr-3">{t.projects.map((p) => p.project.name).join(", ") || "–"}</td>
                  <td className="py-1.5 pr-3 tabular-nums">{pct(t.budgetTarget)}</td>
                  <td className="py-1.5 pr-3 tabular-nums">{t._count.sprints}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="text-sm text-zinc-500">No teams yet.{membership.role === "admin" ? "" : " An admin creates them."}</p>
        )}
      </Card>
      {membership.role === "admin" ? (
        <Card title="New team">
          <TeamForm action={createTeamAction} hidden={{ org }} projects={projects} label="New team" submitLabel="Create team" />
        </Card>
      ) : null}
    </div>
  );
}
