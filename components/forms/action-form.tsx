"use client";

import { useActionState, useId } from "react";
import type { ActionState } from "@/lib/auth/action-state";

export interface FieldSpec {
  name: string;
  label: string;
  type?: "text" | "email" | "password" | "url" | "date" | "select";
  options?: Array<{ value: string; label: string }>;
  defaultValue?: string;
  placeholder?: string;
  required?: boolean;
  hint?: string;
}

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;

const input = "w-full rounded border border-zinc-300 bg-transparent px-3 py-2 text-sm dark:border-zinc-700";

/** A form posting to a server action, with each error next to its field and a shown-once secret. */
export function ActionForm({
  action,
  hidden = {},
  fields = [],
  submitLabel,
  inline = false,
  danger = false,
  label,
}: {
  action: Action;
  hidden?: Record<string, string>;
  fields?: FieldSpec[];
  submitLabel: string;
  inline?: boolean;
  danger?: boolean;
  /** Accessible name of the form. */
  label?: string;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const baseId = useId();
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return (
    <form action={formAction} aria-label={label} className={inline ? "flex flex-wrap items-end gap-2" : "space-y-3"}>
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      {fields.map((f) => {
        const id = `${baseId}-${f.name}`;
        const note = errors[f.name] ?? f.hint;
        const common = { id, name: f.name, defaultValue: f.defaultValue, className: input, "aria-invalid": Boolean(errors[f.name]), "aria-describedby": note ? `${id}-note` : undefined };
        return (
          <div key={f.name} className="text-sm">
            <label htmlFor={id} className={inline ? "sr-only" : "mb-1 block font-medium"}>
              {f.label}
            </label>
            {f.type === "select" ? (
              <select {...common}>
                {f.options?.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            ) : (
              <input {...common} type={f.type ?? "text"} placeholder={f.placeholder} required={f.required} />
            )}
            {note ? (
              <span id={`${id}-note`} className={`mt-1 block text-xs ${errors[f.name] ? "text-red-600 dark:text-red-400" : "text-zinc-500"}`}>
                {note}
              </span>
            ) : null}
          </div>
        );
      })}
      <button
        type="submit"
        disabled={pending}
        className={`rounded px-3 py-2 text-sm font-medium disabled:opacity-50 ${danger ? "border border-red-300 text-red-700 dark:border-red-800 dark:text-red-400" : "bg-zinc-900 text-white dark:bg-zinc-100 dark:text-zinc-900"}`}
      >
        {submitLabel}
      </button>
      <ActionStatus state={state} />
    </form>
  );
}

export function ActionStatus({ state }: { state: ActionState }) {
  if (!state) return null;
  // A state only exists after the action ran in the browser, so window is there.
  const origin = typeof window === "undefined" ? "" : window.location.origin;
  if (!state.ok) {
    return (
      <p role="alert" className="w-full text-sm text-red-600 dark:text-red-400">
        {state.message}
      </p>
    );
  }
  const secret = state.secret?.startsWith("/") ? origin + state.secret : state.secret;
  return (
    <div role="status" className="w-full text-sm text-green-700 dark:text-green-400">
      {state.message}
      {secret ? (
        <code data-testid="secret" className="mt-1 block select-all break-all rounded bg-zinc-100 p-2 font-mono text-xs text-zinc-900 dark:bg-zinc-800 dark:text-zinc-100">
          {secret}
        </code>
      ) : null}
    </div>
  );
}
