import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/card";
import { ActionForm } from "@/components/forms/action-form";
import { loadProjectsSettings } from "@/lib/orgs/loaders";
import { createProjectAction } from "@/lib/orgs/project-actions";

export const metadata: Metadata = { title: "Projects" };

export default async function ProjectsSettingsPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const { projects } = await loadProjectsSettings(org);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Projects and tokens</h1>
      <Card title="New project">
        <ActionForm
          action={createProjectAction}
          hidden={{ org }}
          label="New project"
          submitLabel="Create project"
          fields={[
            { name: "slug", label: "URL name", required: true, placeholder: "shop", hint: "Lower-case letters, digits and dashes." },
            { name: "name", label: "Display name", placeholder: "Shop" },
            { name: "repoUrl", label: "Repository URL", type: "url", placeholder: "https://github.com/acme/shop" },
            { name: "defaultBranch", label: "Default branch", defaultValue: "main" },
          ]}
        />
      </Card>
      <Card title={`Projects (${projects.length})`}>
        <ul className="space-y-1 text-sm" data-testid="settings-project-list">
          {projects.map((p) => (
            <li key={p.id}>
              <Link href={`/orgs/${org}/settings/projects/${p.slug}`} className="font-medium text-blue-700 hover:underline dark:text-blue-400">
                {p.name}
              </Link>{" "}
              <span className="text-xs text-zinc-500">
                {p.slug} · {p._count.scans} scans
              </span>
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
