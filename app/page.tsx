import Link from "next/link";
import { redirect } from "next/navigation";
import { loadMyOrgs } from "@/lib/auth/loaders";

export default async function Home() {
  const orgs = await loadMyOrgs();
  if (orgs.length === 1) redirect(`/orgs/${orgs[0].org.slug}`);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Your organizations</h1>
      {orgs.length === 0 ? (
        <p className="text-zinc-600 dark:text-zinc-400">
          You are not a member of any organization yet.{" "}
          <Link href="/orgs/new" className="text-blue-700 underline dark:text-blue-400">
            Create an organization
          </Link>
          , or ask an admin of yours for an invitation link.
        </p>
      ) : (
        <ul className="space-y-2">
          {orgs.map(({ org, role }) => (
            <li key={org.slug}>
              <a className="text-blue-700 underline-offset-4 hover:underline dark:text-blue-400" href={`/orgs/${org.slug}`}>
                {org.name}
              </a>{" "}
              <span className="text-sm text-zinc-500">({role}{org.isDemo ? ", demo data" : ""})</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
