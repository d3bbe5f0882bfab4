import type { Metadata } from "next";
import { Card } from "@/components/card";
import { SprintHeader } from "@/components/sprints/sprint-header";
import { TeamForm } from "@/components/sprints/team-form";
import { updateTeamAction } from "@/lib/teams/actions";
import { loadTeamSettings } from "@/lib/teams/loaders";

export const metadata: Metadata = { title: "Team settings" };

export default async function TeamSettingsPage({ params }: { params: Promise<{ org: string; team: string }> }) {
  const { org, team: teamSlug } = await params;
  const { org: membership, team, projects } = await loadTeamSettings(org, teamSlug);
  return (
    <div className="space-y-4">
      <SprintHeader org={org} orgName={membership.orgName} team={team.slug} teamName={team.name} title="Team settings" />
      <Card title="Team">
        <TeamForm
          action={updateTeamAction}
          hidden={{ org, team: team.slug }}
          projects={projects}
          initial={{ name: team.name, slug: team.slug, budgetTarget: team.budgetTarget, projects: team.projects.map((p) => p.slug) }}
          label="Team settings"
          submitLabel="Save team"
        />
      </Card>
    </div>
  );
}
