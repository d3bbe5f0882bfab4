"use client";

import { useActionState } from "react";
import { addSuggestionAction } from "@/lib/payoff/actions";

/** One click adds the suggestion as a debt item; the result is announced next to the button. */
export function AddSuggestionButton({ fields, inSprint, label }: { fields: Record<string, string>; inSprint: boolean; label: string }) {
  const [state, formAction, pending] = useActionState(addSuggestionAction, null);
  const added = inSprint || state?.ok === true;
  return (
    <form action={formAction} className="flex items-center gap-2">
      {Object.entries(fields).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <button
        type="submit"
        disabled={pending || added}
        aria-label={added ? `${label}: in sprint` : `Add to sprint: ${label}`}
        className="whitespace-nowrap rounded border border-zinc-300 px-2 py-1 text-xs font-medium hover:bg-zinc-100 disabled:opacity-60 dark:border-zinc-700 dark:hover:bg-zinc-800"
      >
        {added ? "In sprint" : pending ? "Adding…" : "Add to sprint"}
      </button>
      {state && !state.ok ? (
        <span role="alert" className="text-xs text-red-600 dark:text-red-400">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
