import type { Metadata } from "next";
import { Card } from "@/components/card";
import { ActionForm } from "@/components/forms/action-form";
import { SprintHeader } from "@/components/sprints/sprint-header";
import { requireOrgRole } from "@/lib/auth/loaders";
import { createSprintAction } from "@/lib/sprints/actions";
import { loadTeam } from "@/lib/teams/loaders";

export const metadata: Metadata = { title: "New sprint" };

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

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
          fields={[
            { name: "name", label: "Name", required: true, placeholder: "Sprint 14" },
            { name: "startDate", label: "Start date", type: "date", defaultValue: isoDay(today), required: true },
            { name: "endDate", label: "End date (inclusive)", type: "date", defaultValue: isoDay(in13), required: true },
            { name: "capacity", label: "Capacity", placeholder: "40" },
            { name: "unit", label: "Unit", type: "select", options: [{ value: "points", label: "points" }, { value: "hours", label: "hours" }] },
            { name: "budgetTarget", label: "Debt budget target (%)", defaultValue: String(Math.round(team.budgetTarget * 1000) / 10), hint: "The team's default." },
          ]}
        />
      </Card>
    </div>
  );
}
