import type { Metadata } from "next";
import { Card } from "@/components/card";
import { ActionForm } from "@/components/forms/action-form";
import { sprintFields } from "@/components/sprints/sprint-fields";
import { SprintHeader } from "@/components/sprints/sprint-header";
import { requireOrgRole } from "@/lib/auth/loaders";
import { createSprintAction } from "@/lib/sprints/actions";
import { toIsoDay } from "@/lib/sprints/schema";
import { loadTeam } from "@/lib/teams/loaders";

export const metadata: Metadata = { title: "New sprint" };

export default async function NewSprintPage({ params }: { params: Promise<{ org: string; team: string }> }) {
  const { org, team: teamSlug } = await params;
  await requireOrgRole(org, "member");
  const { org: membership, team } = await loadTeam(org, teamSlug);
  const today = new Date();
  const in13 = new Date(today.getTime() + 13 * 86_400_000);
  return (
    <div className="space-y-4">
      <SprintHeader org={org} orgName={membership.orgName} team={team.slug} teamName={team.name} title="New sprint" />
      <Card title="Sprint">
        <ActionForm
          action={createSprintAction}
          hidden={{ org, team: team.slug }}
          label="New sprint"
          submitLabel="Create sprint"
          fields={sprintFields({ startDate: toIsoDay(today), endDate: toIsoDay(in13), budgetTarget: team.budgetTarget })}
        />
      </Card>
    </div>
  );
}
