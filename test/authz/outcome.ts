import type { ActionState } from "@/lib/auth/action-state";

/** Next's control-flow errors carry a digest: NEXT_REDIRECT;replace;/path;307; or NEXT_HTTP_ERROR_FALLBACK;404. */
function digestOf(err: unknown): string | null {
  const d = (err as { digest?: unknown } | null)?.digest;
  return typeof d === "string" ? d : null;
}

/** One word for what a caller got: "redirect:/path", "ok", or an HTTP-like status. */
export async function outcomeOf(run: () => Promise<ActionState | Response | unknown>): Promise<string> {
  try {
    const result = await run();
    if (result instanceof Response) return String(result.status);
    if (result === null || result === undefined) return "null";
    const state = result as Exclude<ActionState, null>;
    return state.ok ? "ok" : String(state.status);
  } catch (err) {
    const digest = digestOf(err);
    if (digest?.startsWith("NEXT_REDIRECT;")) return `redirect:${digest.split(";")[2]}`;
    if (digest?.startsWith("NEXT_HTTP_ERROR_FALLBACK;")) return digest.split(";")[1];
    throw err;
  }
}

export function form(values: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(values)) f.set(k, v);
  return f;
}
