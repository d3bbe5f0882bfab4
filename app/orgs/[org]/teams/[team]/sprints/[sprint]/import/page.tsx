import type { Metadata } from "next";
import { Card } from "@/components/card";
import { CsvImportForm } from "@/components/sprints/csv-import-form";
import { SprintHeader } from "@/components/sprints/sprint-header";
import { requireOrgRole } from "@/lib/auth/loaders";
import { loadSprint } from "@/lib/sprints/loaders";

export const metadata: Metadata = { title: "Import sprint items" };

export default async function ImportItemsPage({ params }: { params: Promise<{ org: string; team: string; sprint: string }> }) {
  const { org, team: teamSlug, sprint: sprintId } = await params;
  await requireOrgRole(org, "member");
  const { org: membership, team, sprint } = await loadSprint(org, teamSlug, sprintId);
  const planning = `/orgs/${org}/teams/${team.slug}/sprints/${sprint.id}`;
  return (
    <div className="space-y-4">
      <SprintHeader org={org} orgName={membership.orgName} team={team.slug} teamName={team.name} title={`Import into ${sprint.name}`} />
      <Card title="Jira or Linear CSV">
        <p className="mb-3 text-sm text-zinc-600 dark:text-zinc-400">
          Labels such as <code>tech-debt</code> or <code>debt:complexity</code> make an item debt work. Items whose key is already in this sprint are
          updated. If any row is invalid, nothing is imported.
        </p>
        <CsvImportForm hidden={{ org, team: team.slug, sprint: sprint.id }} sprintName={sprint.name} planningHref={planning} />
      </Card>
    </div>
  );
}
