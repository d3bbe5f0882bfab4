"use server";

import { headers } from "next/headers";
import { formObject, invalid, type ActionState } from "./action-state";
import { clientAddress } from "./client-address";
import { guarded } from "./guard";
import { limiters } from "./limiters";
import { createUser } from "./mutations";
import { signUpSchema } from "./schema";

/**
 * Creates an account with email and password; the form then signs in through next-auth.
 * Open unless PAYDOWN_ALLOW_SIGNUP=false; limited per client address (PAYDOWN_SIGNUP_*).
 */
export async function signUp(_prev: ActionState, form: FormData): Promise<ActionState> {
  if (process.env.PAYDOWN_ALLOW_SIGNUP === "false") {
    return { ok: false, status: 403, message: "Sign-up is closed on this server; ask an admin for an invitation." };
  }
  const h = await headers();
  const key = clientAddress((n) => h.get(n));
  const limit = limiters().signUp;
  const decision = await limit.check(key);
  if (!decision.allowed) {
    return { ok: false, status: 429, message: `Too many sign-ups from your address; try again in ${Math.ceil(decision.retryAfterSeconds / 60)} min.` };
  }
  const parsed = signUpSchema.safeParse(formObject(form));
  if (!parsed.success) return invalid(parsed.error);
  await limit.fail(key);
  const taken = "An account with this email exists; sign in instead.";
  return guarded(async () => {
    await createUser(parsed.data);
    return { ok: true, message: "Account created." };
  }).then((s) => (s && !s.ok && s.status === 409 ? { ...s, message: taken, fieldErrors: { email: taken } } : s));
}
