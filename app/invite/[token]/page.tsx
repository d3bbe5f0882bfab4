import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/forms/action-form";
import { getSessionUser } from "@/lib/auth/session";
import { loadInvitation } from "@/lib/orgs/loaders";
import { acceptInvitationAction } from "@/lib/orgs/invite-actions";

export const metadata: Metadata = { title: "Invitation" };

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [user, invitation] = await Promise.all([getSessionUser(), loadInvitation(token)]);
  const here = `/invite/${encodeURIComponent(token)}`;
  return (
    <div className="mx-auto mt-16 max-w-md rounded-lg border border-zinc-200 bg-white p-6 shadow-sm dark:border-zinc-800 dark:bg-zinc-900">
      {!invitation ? (
        <>
          <h1 className="text-xl font-semibold">Invitation not valid</h1>
          <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">It may have expired, been used or been revoked. Ask an admin for a new link.</p>
        </>
      ) : (
        <>
          <h1 className="text-xl font-semibold">Join {invitation.orgName}</h1>
          <p className="mt-2 mb-4 text-sm text-zinc-600 dark:text-zinc-400">
            You are invited as <strong>{invitation.role}</strong>. The link works once, until {invitation.expiresAt.toISOString().slice(0, 10)}.
          </p>
          {user ? (
            <ActionForm action={acceptInvitationAction} hidden={{ token }} submitLabel={`Join as ${user.email}`} label="Accept invitation" />
          ) : (
            <p className="text-sm">
              <Link href={`/sign-up?callbackUrl=${encodeURIComponent(here)}`} className="text-blue-700 underline dark:text-blue-400">
                Create an account
              </Link>{" "}
              or{" "}
              <Link href={`/sign-in?callbackUrl=${encodeURIComponent(here)}`} className="text-blue-700 underline dark:text-blue-400">
                sign in
              </Link>{" "}
              to accept.
            </p>
          )}
        </>
      )}
    </div>
  );
}
