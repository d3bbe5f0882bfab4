import type { Metadata } from "next";
import Link from "next/link";
import { formatDay } from "@/components/charts/format";
import { GradeBadge } from "@/components/grade-badge";
import { requireOrg } from "@/lib/auth/loaders";
import { formatMinutes, resolveDebtModel, summarize } from "@/lib/debt/model";
import { loadProjects } from "@/lib/projects/loaders";
import { TableHead } from "@/components/table-head";

type Props = { params: Promise<{ org: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await params).org };
}

export default async function OrgPage({ params }: Props) {
  const { org } = await params;
  const [membership, projects] = await Promise.all([requireOrg(org), loadProjects(org)]);
  const model = resolveDebtModel(membership.debtModel);
  return (
    <div className="space-y-4">
      <div className="flex items-baseline justify-between gap-4">
        <h1 className="text-2xl font-semibold">{membership.orgName}</h1>
        {membership.role === "admin" ? (
          <Link href={`/orgs/${org}/settings`} className="text-sm text-blue-700 hover:underline dark:text-blue-400">
            Settings
          </Link>
        ) : (
          <span className="text-sm text-zinc-500">You are {membership.role}</span>
        )}
      </div>
      {membership.isDemo ? (
        <p role="note" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-200">
          <strong>Demo organization.</strong> Its projects hold generated demo data.
        </p>
      ) : null}
      {projects.length === 0 ? (
        <div className="rounded-lg border border-dashed border-zinc-300 p-6 text-sm dark:border-zinc-700">
          <h2 className="mb-2 text-lg font-semibold">No projects yet</h2>
          {membership.role === "admin" ? (
            <p>
              <Link href={`/orgs/${org}/settings/projects`} className="text-blue-700 underline dark:text-blue-400">
                Create a project
              </Link>{" "}
              and get its ingest token (shown once), or from the command line:
            </p>
          ) : (
            <p>An admin of this organization can create one, in Settings or from the command line:</p>
          )}
          <code className="mt-2 block rounded bg-zinc-100 p-3 text-xs dark:bg-zinc-800">{`npx paydown admin create-project --org ${org} --slug my-repo`}</code>
        </div>
      ) : (
        <table className="w-full text-left text-sm" data-testid="project-list">
          <TableHead columns={["Project", "Grade", "Debt", "Modules", "Latest scan"]} />
          <tbody>
            {projects.map((p) => {
              const s = p.latest ? summarize([{ minutes: p.latest.totalDebt, lines: p.latest.lines }], model) : null;
              return (
                <tr key={p.id} className="border-b border-zinc-100 dark:border-zinc-800/60">
                  <td className="py-2 pr-3">
                    <Link href={`/orgs/${org}/projects/${p.slug}`} className="font-medium text-blue-700 hover:underline dark:text-blue-400">
                      {p.name}
                    </Link>
                    {p.isDemo ? <span className="ml-2 rounded bg-amber-100 px-1 text-xs text-amber-900 dark:bg-amber-900 dark:text-amber-100">demo</span> : null}
                  </td>
                  <td className="py-2 pr-3">
                    {s ? (
                      <>
                        <GradeBadge grade={s.grade} /> <span className="text-xs text-zinc-500">{(s.ratio * 100).toFixed(1)}%</span>
                      </>
                    ) : (
                      "—"
                    )}
                  </td>
                  <td className="py-2 pr-3 tabular-nums">{s ? formatMinutes(s.minutes) : "—"}</td>
                  <td className="py-2 pr-3 tabular-nums">{p.latest?._count.snapshots ?? "—"}</td>
                  <td className="py-2 pr-3">{p.latest ? `${formatDay(p.latest.scannedAt.getTime())} · ${p.latest.commitSha.slice(0, 7)}` : "no scans yet"}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}
