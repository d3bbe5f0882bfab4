import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { githubEnabled } from "@/lib/auth/options";
import { safeNext } from "@/lib/auth/safe-next";
import { getSessionUser } from "@/lib/auth/session";
import { GithubButton, SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

// next-auth's error codes (pages.error is this page), said without revealing accounts.
const ERRORS: Record<string, string> = {
  AccessDenied: "GitHub did not give a verified email address for your account.",
  TooManyAttempts: "Too many failed sign-ins from your address; try again later.",
  OAuthSignin: "Could not reach GitHub; try again.",
  OAuthCallback: "GitHub sign-in failed; try again.",
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string }> }) {
  const [user, params] = await Promise.all([getSessionUser(), searchParams]);
  const next = safeNext(params.callbackUrl);
  if (user) redirect(next);
  const error = params.error ? (ERRORS[params.error] ?? "Sign-in failed.") : null;
  return (
    <div className="mx-auto mt-16 max-w-sm rounded-lg border border-zinc-200 bg-white p-6 shadow-sm dark:border-zinc-800 dark:bg-zinc-900">
      <h1 className="mb-4 text-xl font-semibold">Sign in to Paydown</h1>
      {error ? (
        <p role="note" className="mb-4 text-sm text-red-600 dark:text-red-400">
          {error}
        </p>
      ) : null}
      <SignInForm next={next} />
      {githubEnabled ? <GithubButton next={next} /> : null}
      <p className="mt-4 text-sm text-zinc-600 dark:text-zinc-400">
        New here?{" "}
        <Link href={`/sign-up?callbackUrl=${encodeURIComponent(next === "/" ? "/orgs/new" : next)}`} className="text-blue-700 underline dark:text-blue-400">
          Create an account
        </Link>
      </p>
    </div>
  );
}
