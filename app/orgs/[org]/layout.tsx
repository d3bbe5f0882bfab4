import Link from "next/link";
import type { ReactNode } from "react";

// Navigation only: every page under an organization checks membership itself.
export default async function OrgLayout({ children, params }: { children: ReactNode; params: Promise<{ org: string }> }) {
  const { org } = await params;
  const base = `/orgs/${org}`;
  const links = [
    [base, "Projects"],
    [`${base}/portfolio`, "Portfolio"],
    [`${base}/teams`, "Teams and sprints"],
  ] as const;
  return (
    <div className="space-y-4">
      <nav aria-label="Organization" className="flex flex-wrap gap-4 text-sm print:hidden">
        {links.map(([href, label]) => (
          <Link key={href} href={href} className="text-zinc-600 hover:text-zinc-900 hover:underline dark:text-zinc-400 dark:hover:text-zinc-100">
            {label}
          </Link>
        ))}
      </nav>
      {children}
    </div>
  );
}
