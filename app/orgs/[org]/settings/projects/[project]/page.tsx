import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/card";
import { ActionForm } from "@/components/forms/action-form";
import { loadProjectTokens } from "@/lib/orgs/loaders";
import { createTokenAction, revokeTokenAction } from "@/lib/orgs/project-actions";
import { TableHead } from "@/components/table-head";

export const metadata: Metadata = { title: "Ingest tokens" };

const when = (d: Date | null) => (d ? d.toISOString().slice(0, 16).replace("T", " ") + " UTC" : "never");

export default async function ProjectTokensPage({ params }: { params: Promise<{ org: string; project: string }> }) {
  const { org, project: slug } = await params;
  const { project, tokens } = await loadProjectTokens(org, slug);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Ingest tokens of {project.name}</h1>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        A token can only upload scans to this project. Paydown stores a hash; the token is shown once.{" "}
        <Link href={`/orgs/${org}/projects/${slug}`} className="text-blue-700 underline dark:text-blue-400">
          Project dashboard
        </Link>
      </p>
      <Card title="New token">
        <ActionForm
          action={createTokenAction}
          hidden={{ org, project: slug }}
          inline
          label="New token"
          submitLabel="Create token"
          fields={[{ name: "name", label: "Token name", required: true, placeholder: "GitHub Actions" }]}
        />
      </Card>
      <Card title={`Tokens (${tokens.length})`}>
        <table className="w-full text-left text-sm" data-testid="token-list">
          <TableHead columns={["Name", "Token", "Created", "Last used", "Status"]} />
          <tbody>
            {tokens.map((t) => (
              <tr key={t.id} className="border-t border-zinc-100 dark:border-zinc-800">
                <td className="py-2 pr-3">{t.name}</td>
                <td className="py-2 pr-3 font-mono text-xs">{t.prefix}…</td>
                <td className="py-2 pr-3">{when(t.createdAt)}</td>
                <td className="py-2 pr-3">{when(t.lastUsedAt)}</td>
                <td className="py-2 pr-3">
                  {t.revokedAt ? (
                    `revoked ${when(t.revokedAt)}`
                  ) : (
                    <ActionForm action={revokeTokenAction} hidden={{ org, tokenId: t.id }} inline danger label={`Revoke ${t.prefix}`} submitLabel="Revoke" />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
    </div>
  );
}
