import Link from "next/link";
import { formatDay } from "@/components/charts/format";

/** Breadcrumb and title shared by the sprint pages. */
export function SprintHeader({ org, orgName, team, teamName, title, sub }: { org: string; orgName: string; team: string; teamName: string; title: string; sub?: string }) {
  return (
    <div>
      <nav aria-label="Breadcrumb" className="text-sm text-zinc-500">
        <Link href={`/orgs/${org}`} className="hover:underline">
          {orgName}
        </Link>{" "}
        /{" "}
        <Link href={`/orgs/${org}/teams`} className="hover:underline">
          Teams
        </Link>{" "}
        /{" "}
        <Link href={`/orgs/${org}/teams/${team}`} className="hover:underline">
          {teamName}
        </Link>
      </nav>
      <h1 className="text-2xl font-semibold">{title}</h1>
      {sub ? <p className="text-sm text-zinc-500">{sub}</p> : null}
    </div>
  );
}

export const sprintDates = (s: { startDate: Date; endDate: Date }) => `${formatDay(s.startDate.getTime())} – ${formatDay(s.endDate.getTime())}`;
