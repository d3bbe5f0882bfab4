import Link from "next/link";
import { Card } from "@/components/card";
import { GradeBadge } from "@/components/grade-badge";
import { TableHead } from "@/components/table-head";
import { formatMinutes } from "@/lib/debt/model";
import type { TopModuleRow } from "@/lib/portfolio/modules";
import { CsvLink, pct } from "./csv-link";

/** The most indebted modules across the organization, from each project's latest scan. */
export async function ModulesCard({ data, org, csvHref }: { data: Promise<TopModuleRow[]>; org: string; csvHref: string }) {
  const rows = await data;
  return (
    <Card title={`Top modules by debt (${rows.length})`} actions={<CsvLink href={csvHref} what="the top modules table" />}>
      {rows.length === 0 ? (
        <p className="py-6 text-center text-sm text-zinc-500">No scanned modules.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm" data-testid="portfolio-modules">
            <TableHead columns={["#", "Module", "Project", "Grade", "Debt", "Share of org debt", "Owners"]} />
            <tbody>
              {rows.map((m) => (
                <tr key={`${m.projectSlug}/${m.name}`} className="border-b border-zinc-100 dark:border-zinc-800/60">
                  <td className="py-2 pr-3 tabular-nums text-zinc-500">{m.rank}</td>
                  <td className="py-2 pr-3">
                    <Link href={`/orgs/${org}/projects/${m.projectSlug}/modules/${encodeURIComponent(m.name)}`} className="font-medium text-blue-700 hover:underline dark:text-blue-400">
                      {m.name}
                    </Link>
                  </td>
                  <td className="py-2 pr-3">{m.projectName}</td>
                  <td className="py-2 pr-3">
                    <GradeBadge grade={m.grade} /> <span className="text-xs text-zinc-500">{pct(m.ratio)}</span>
                  </td>
                  <td className="py-2 pr-3 tabular-nums">{formatMinutes(m.totalDebt)}</td>
                  <td className="py-2 pr-3 tabular-nums">{pct(m.orgShare)}</td>
                  <td className="py-2 pr-3 text-xs">{m.owners.join(", ") || "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
