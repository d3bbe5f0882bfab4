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
          You are not a member of any organization yet. An admin can add you with{" "}
          <code className="rounded bg-zinc-100 px-1 dark:bg-zinc-800">npx paydown admin create-user --email you@example.com --password … --org ORG</code>.
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
