import Link from "next/link";
import type { ReactNode } from "react";

// Navigation only: every settings page checks the admin role itself (layouts do not re-run on navigation).
export default async function SettingsLayout({ children, params }: { children: ReactNode; params: Promise<{ org: string }> }) {
  const { org } = await params;
  const base = `/orgs/${org}/settings`;
  const tabs = [
    [base, "General"],
    [`${base}/members`, "Members"],
    [`${base}/projects`, "Projects and tokens"],
    [`${base}/digests`, "Digests"],
    [`${base}/audit`, "Audit log"],
  ] as const;
  return (
    <div className="space-y-4">
      <nav aria-label="Settings" className="flex flex-wrap gap-4 border-b border-zinc-200 pb-2 text-sm dark:border-zinc-800">
        <Link href={`/orgs/${org}`} className="text-zinc-500 hover:underline">
          ← Dashboard
        </Link>
        {tabs.map(([href, label]) => (
          <Link key={href} href={href} className="hover:underline">
            {label}
          </Link>
        ))}
      </nav>
      {children}
    </div>
  );
}
