import Link from "next/link";

/** The signed-in user's organizations; a disclosure so it works without JavaScript. */
export function OrgSwitcher({ orgs }: { orgs: Array<{ role: string; org: { slug: string; name: string; isDemo: boolean } }> }) {
  return (
    <details className="relative" data-testid="org-switcher">
      <summary className="cursor-pointer list-none rounded px-2 py-1 hover:bg-zinc-100 dark:hover:bg-zinc-800">Organizations ▾</summary>
      <ul className="absolute right-0 z-10 mt-1 w-64 rounded border border-zinc-200 bg-white p-1 shadow dark:border-zinc-700 dark:bg-zinc-900">
        {orgs.map(({ org, role }) => (
          <li key={org.slug}>
            <Link href={`/orgs/${org.slug}`} className="block rounded px-2 py-1 hover:bg-zinc-100 dark:hover:bg-zinc-800">
              {org.name} <span className="text-xs text-zinc-500">{role}{org.isDemo ? ", demo" : ""}</span>
            </Link>
          </li>
        ))}
        <li className="border-t border-zinc-100 dark:border-zinc-800">
          <Link href="/orgs/new" className="block rounded px-2 py-1 hover:bg-zinc-100 dark:hover:bg-zinc-800">
            New organization…
          </Link>
        </li>
      </ul>
    </details>
  );
}
