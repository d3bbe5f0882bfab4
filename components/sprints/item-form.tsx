"use client";

import { useId } from "react";
import { ActionStatus } from "@/components/forms/action-form";
import type { ActionState } from "@/lib/auth/action-state";
import { useSubmit } from "./use-submit";
import { DEBT_CATEGORIES, ITEM_STATUSES, ITEM_TYPES, STATUS_LABEL } from "@/lib/sprints/schema";

const input = "w-full rounded border border-zinc-300 bg-transparent px-2 py-1.5 text-sm dark:border-zinc-700";

type Field = { name: string; label: string; options?: readonly string[]; placeholder?: string; wide?: boolean; list?: string };

/** The add-item form; `submit` runs the action (and the optimistic update) and its errors sit next to each field. */
export function ItemForm({ hidden, submit, moduleNames }: { hidden: Record<string, string>; submit: (form: FormData) => Promise<ActionState>; moduleNames: string[] }) {
  const baseId = useId();
  const { state, pending, onSubmit } = useSubmit(submit);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const fields: Field[] = [
    { name: "title", label: "Title", wide: true, placeholder: "Split parse_config" },
    { name: "externalKey", label: "Key", placeholder: "PAY-12" },
    { name: "estimate", label: "Estimate", placeholder: "3" },
    { name: "type", label: "Type", options: ITEM_TYPES },
    { name: "category", label: "Debt category", options: ["", ...DEBT_CATEGORIES] },
    { name: "status", label: "Status", options: ITEM_STATUSES },
    { name: "modules", label: "Modules", placeholder: "billing, auth", list: `${baseId}-modules` },
    { name: "url", label: "URL", placeholder: "https://tracker/PAY-12", wide: true },
  ];
  return (
    <form onSubmit={onSubmit} aria-label="Add item" className="grid grid-cols-2 gap-3 md:grid-cols-4">
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      {fields.map((f) => {
        const id = `${baseId}-${f.name}`;
        const err = errors[f.name];
        const common = { id, name: f.name, className: input, "aria-invalid": Boolean(err), "aria-describedby": err ? `${id}-err` : undefined };
        return (
          <div key={f.name} className={`text-sm ${f.wide ? "col-span-2" : ""}`}>
            <label htmlFor={id} className="mb-1 block font-medium">
              {f.label}
            </label>
            {f.options ? (
              <select {...common}>
                {f.options.map((o) => (
                  <option key={o} value={o}>
                    {o === "" ? "–" : (STATUS_LABEL[o as keyof typeof STATUS_LABEL] ?? o)}
                  </option>
                ))}
              </select>
            ) : (
              <input {...common} placeholder={f.placeholder} list={f.list} />
            )}
            {err ? (
              <span id={`${id}-err`} className="mt-1 block text-xs text-red-600 dark:text-red-400">
                {err}
              </span>
            ) : null}
          </div>
        );
      })}
      <datalist id={`${baseId}-modules`}>
        {moduleNames.map((m) => (
          <option key={m} value={m} />
        ))}
      </datalist>
      <div className="col-span-2 flex items-end md:col-span-4">
        <button type="submit" disabled={pending} className="rounded bg-zinc-900 px-3 py-2 text-sm font-medium text-white disabled:opacity-50 dark:bg-zinc-100 dark:text-zinc-900">
          Add item
        </button>
      </div>
      <div className="col-span-2 md:col-span-4">
        <ActionStatus state={state} />
      </div>
    </form>
  );
}
