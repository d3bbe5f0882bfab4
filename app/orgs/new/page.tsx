import type { Metadata } from "next";
import { ActionForm } from "@/components/forms/action-form";
import { requireUser } from "@/lib/auth/loaders";
import { createOrganizationAction } from "@/lib/orgs/actions";

export const metadata: Metadata = { title: "New organization" };

export default async function NewOrgPage() {
  await requireUser();
  return (
    <div className="mx-auto mt-8 max-w-md rounded-lg border border-zinc-200 bg-white p-6 shadow-sm dark:border-zinc-800 dark:bg-zinc-900">
      <h1 className="mb-1 text-xl font-semibold">Create an organization</h1>
      <p className="mb-4 text-sm text-zinc-600 dark:text-zinc-400">You will be its admin: you can add projects, invite members and manage tokens.</p>
      <ActionForm
        action={createOrganizationAction}
        label="Create an organization"
        submitLabel="Create organization"
        fields={[
          { name: "name", label: "Name", required: true, placeholder: "Acme Inc." },
          { name: "slug", label: "URL name", required: true, placeholder: "acme", hint: "Lower-case letters, digits and dashes; used in links." },
        ]}
      />
    </div>
  );
}
