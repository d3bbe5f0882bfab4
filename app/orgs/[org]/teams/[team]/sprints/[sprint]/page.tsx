import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { Card, CardSkeleton } from "@/components/card";
import { ActionForm } from "@/components/forms/action-form";
import { PayDownNext } from "@/components/payoff/pay-down-next";
import { PlanningBoard } from "@/components/sprints/planning-board";
import { sprintFields } from "@/components/sprints/sprint-fields";
import { SprintHeader, sprintDates } from "@/components/sprints/sprint-header";
import { roleAtLeast } from "@/lib/auth/schema";
import { sprintEnded } from "@/lib/sprints/budget";
import { updateSprintAction } from "@/lib/sprints/actions";
import { loadSprint, loadTeamModuleNames } from "@/lib/sprints/loaders";
import { toIsoDay } from "@/lib/sprints/schema";

type Props = { params: Promise<{ org: string; team: string; sprint: string }> };

export const metadata: Metadata = { title: "Sprint planning" };

export default async function SprintPlanningPage({ params }: Props) {
  const { org, team: teamSlug, sprint: sprintId } = await params;
  const [{ org: membership, team, sprint }, moduleNames] = await Promise.all([loadSprint(org, teamSlug, sprintId), loadTeamModuleNames(org, teamSlug)]);
  const canWrite = roleAtLeast(membership.role, "member");
  const ended = sprintEnded(sprint.endDate);
  const base = `/orgs/${org}/teams/${teamSlug}/sprints/${sprint.id}`;
  const rows = sprint.items.map(({ modules, ...it }) => ({ ...it, modules: modules.map((m) => m.module.name) }));
  return (
    <div className="space-y-4">
      <SprintHeader org={org} orgName={membership.orgName} team={team.slug} teamName={team.name} title={sprint.name} sub={`${sprintDates(sprint)}${ended ? " · ended" : ""}`} />
      <div className="flex flex-wrap gap-4 text-sm">
        {canWrite ? (
          <Link href={`${base}/import`} className="text-blue-700 hover:underline dark:text-blue-400">
            Import from Jira or Linear CSV
          </Link>
        ) : null}
        {ended ? (
          <Link href={`${base}/review`} className="text-blue-700 hover:underline dark:text-blue-400">
            Sprint review
          </Link>
        ) : null}
      </div>
      <PlanningBoard
        rows={rows}
        hidden={{ org, team: team.slug, sprint: sprint.id }}
        target={sprint.budgetTarget}
        ended={ended}
        capacity={sprint.capacity}
        unit={sprint.unit}
        canWrite={canWrite}
        moduleNames={moduleNames}
      />
      {/* pay-down-next suggestions (lib/payoff) */}
      <Suspense fallback={<CardSkeleton title="Pay down next" />}>
        <PayDownNext org={org} team={team.slug} sprint={sprint.id} />
      </Suspense>
      {canWrite ? (
        <details className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
          <summary className="cursor-pointer text-sm font-semibold">Sprint settings</summary>
          <div className="mt-3">
            <ActionForm
              action={updateSprintAction}
              hidden={{ org, team: team.slug, sprint: sprint.id }}
              label="Sprint settings"
              submitLabel="Save sprint"
              fields={sprintFields({ ...sprint, startDate: toIsoDay(sprint.startDate), endDate: toIsoDay(sprint.endDate) })}
            />
          </div>
        </details>
      ) : (
        <Card title="Sprint">
          <p className="text-sm text-zinc-500">You can read this sprint; members plan it.</p>
        </Card>
      )}
    </div>
  );
}
