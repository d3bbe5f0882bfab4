import type { z } from "zod";

/**
 * What every server action answers, shown next to the form. `status` mirrors HTTP so
 * tests and forms read the same outcome as route handlers (403 wrong role, 404 not
 * yours or not there). Anonymous callers never get a state: they are redirected.
 */
export type ActionState =
  | { ok: true; message?: string; /** shown once, e.g. a new token or invitation link */ secret?: string }
  | { ok: false; status: 400 | 403 | 404 | 409 | 429; message: string; fieldErrors?: Record<string, string> }
  | null;

export function invalid(error: z.ZodError): ActionState {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "form";
    fieldErrors[key] ??= issue.message;
  }
  return { ok: false, status: 400, message: "Please correct the highlighted fields.", fieldErrors };
}

export function formObject(form: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of form.entries()) if (typeof v === "string" && !k.startsWith("$ACTION")) out[k] = v;
  return out;
}
