import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth/session";
import { safeNext } from "@/lib/auth/safe-next";
import { SignUpForm } from "./sign-up-form";

export const metadata: Metadata = { title: "Sign up" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const [user, params] = await Promise.all([getSessionUser(), searchParams]);
  const next = safeNext(params.callbackUrl, "/orgs/new");
  if (user) redirect(next);
  const closed = process.env.PAYDOWN_ALLOW_SIGNUP === "false";
  return (
    <div className="mx-auto mt-16 max-w-sm rounded-lg border border-zinc-200 bg-white p-6 shadow-sm dark:border-zinc-800 dark:bg-zinc-900">
      <h1 className="mb-4 text-xl font-semibold">Create your Paydown account</h1>
      {closed ? <p className="text-sm">Sign-up is closed on this server; ask an admin for an invitation.</p> : <SignUpForm next={next} />}
      <p className="mt-4 text-sm text-zinc-600 dark:text-zinc-400">
        Have an account?{" "}
        <Link href={`/sign-in?callbackUrl=${encodeURIComponent(next)}`} className="text-blue-700 underline dark:text-blue-400">
          Sign in
        </Link>
      </p>
    </div>
  );
}
