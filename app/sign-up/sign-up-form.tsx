"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { ActionStatus } from "@/components/forms/action-form";
import { signUp } from "@/lib/auth/actions";
import type { ActionState } from "@/lib/auth/action-state";

const input = "w-full rounded border border-zinc-300 bg-transparent px-3 py-2 dark:border-zinc-700";

export function SignUpForm({ next }: { next: string }) {
  const router = useRouter();
  const [state, action, pending] = useActionState(async (prev: ActionState, form: FormData) => {
    const result = await signUp(prev, form);
    if (result?.ok) {
      // The account exists; sign in with the same credentials to get a session.
      const res = await signIn("credentials", { email: String(form.get("email")), password: String(form.get("password")), redirect: false });
      if (!res?.ok) return { ok: false as const, status: 400 as const, message: "Account created; please sign in." };
    }
    return result;
  }, null);
  useEffect(() => {
    if (state?.ok) {
      router.push(next);
      router.refresh();
    }
  }, [state, next, router]);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return (
    <form action={action} className="space-y-4">
      <label className="block text-sm">
        <span className="mb-1 block font-medium">Name</span>
        <input name="name" autoComplete="name" className={input} />
      </label>
      <label className="block text-sm">
        <span className="mb-1 block font-medium">Email</span>
        <input name="email" type="email" required autoComplete="email" className={input} aria-invalid={Boolean(errors.email)} />
        {errors.email ? <span className="mt-1 block text-xs text-red-600 dark:text-red-400">{errors.email}</span> : null}
      </label>
      <label className="block text-sm">
        <span className="mb-1 block font-medium">Password</span>
        <input name="password" type="password" required minLength={8} autoComplete="new-password" className={input} aria-invalid={Boolean(errors.password)} />
        {errors.password ? <span className="mt-1 block text-xs text-red-600 dark:text-red-400">{errors.password}</span> : <span className="mt-1 block text-xs text-zinc-500">At least 8 characters.</span>}
      </label>
      <button type="submit" disabled={pending} className="w-full rounded bg-zinc-900 px-3 py-2 text-sm font-medium text-white disabled:opacity-50 dark:bg-zinc-100 dark:text-zinc-900">
        {pending ? "Creating account…" : "Create account"}
      </button>
      {state && !state.ok ? <ActionStatus state={state} /> : null}
    </form>
  );
}
