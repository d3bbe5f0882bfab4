"use client";

import { useId } from "react";
import { ActionStatus } from "@/components/forms/action-form";
import type { ActionState } from "@/lib/auth/action-state";
import { useSubmit } from "./use-submit";

const input = "w-full rounded border border-zinc-300 bg-transparent px-3 py-2 text-sm dark:border-zinc-700";

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;

/** Create or edit a team: name, URL name, default debt budget and the projects it works on. */
export function TeamForm({
  action,
  hidden,
  projects,
  initial,
  label,
  submitLabel,
}: {
  action: Action;
  hidden: Record<string, string>;
  projects: Array<{ slug: string; name: string }>;
  initial?: { name: string; slug: string; budgetTarget: number; projects: string[] };
  label: string;
  submitLabel: string;
}) {
  const { state, pending, onSubmit } = useSubmit((form) => action(null, form));
  const id = useId();
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const text = (name: "name" | "slug" | "budgetTarget", title: string, defaultValue: string, hint?: string) => (
    <div className="text-sm">
      <label htmlFor={`${id}-${name}`} className="mb-1 block font-medium">
        {title}
      </label>
      <input id={`${id}-${name}`} name={name} defaultValue={defaultValue} className={input} aria-invalid={Boolean(errors[name])} aria-describedby={`${id}-${name}-note`} />
      <span id={`${id}-${name}-note`} className={`mt-1 block text-xs ${errors[name] ? "text-red-600 dark:text-red-400" : "text-zinc-500"}`}>
        {errors[name] ?? hint}
      </span>
    </div>
  );
  return (
    <form onSubmit={onSubmit} aria-label={label} className="space-y-3">
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      {text("name", "Name", initial?.name ?? "")}
      {text("slug", "URL name", initial?.slug ?? "", "Lower-case letters, digits and dashes.")}
      {text("budgetTarget", "Debt budget target (%)", String(Math.round((initial?.budgetTarget ?? 0.2) * 1000) / 10), "Share of each sprint for paying debt down; new sprints start with it.")}
      <fieldset className="text-sm" aria-describedby={`${id}-projects-note`}>
        <legend className="mb-1 font-medium">Works on</legend>
        {projects.length ? (
          projects.map((p) => (
            <label key={p.slug} className="mr-4 inline-flex items-center gap-1">
              <input type="checkbox" name="projects" value={p.slug} defaultChecked={initial?.projects.includes(p.slug)} />
              {p.name}
            </label>
          ))
        ) : (
          <span className="text-zinc-500">No projects yet: create one in Settings.</span>
        )}
        {errors.projects ? (
          <span id={`${id}-projects-note`} className="mt-1 block text-xs text-red-600 dark:text-red-400">
            {errors.projects}
          </span>
        ) : null}
      </fieldset>
      <button type="submit" disabled={pending} className="rounded bg-zinc-900 px-3 py-2 text-sm font-medium text-white disabled:opacity-50 dark:bg-zinc-100 dark:text-zinc-900">
        {submitLabel}
      </button>
      <ActionStatus state={state} />
    </form>
  );
}
