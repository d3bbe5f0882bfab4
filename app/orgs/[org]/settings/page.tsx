import type { Metadata } from "next";
import { Card } from "@/components/card";
import { ActionForm } from "@/components/forms/action-form";
import { requireOrgRole } from "@/lib/auth/loaders";
import { updateOrganizationAction } from "@/lib/orgs/actions";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const membership = await requireOrgRole(org, "admin");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Settings of {membership.orgName}</h1>
      <Card title="Organization">
        <ActionForm
          action={updateOrganizationAction}
          hidden={{ org }}
          label="Organization name"
          submitLabel="Save"
          fields={[{ name: "name", label: "Name", required: true, defaultValue: membership.orgName }]}
        />
        <p className="mt-2 text-xs text-zinc-500">URL name: {org} (cannot be changed).</p>
      </Card>
    </div>
  );
}
