"use client";

import { TableHead } from "@/components/table-head";
import { ITEM_STATUSES, STATUS_LABEL } from "@/lib/sprints/schema";
import type { PlanRow } from "./plan-row";

const cell = "py-1.5 pr-3 align-top";
const small = "rounded border border-zinc-300 bg-transparent px-1.5 py-1 text-sm dark:border-zinc-700";

/** The sprint's items; writers edit status and estimate in place (each change saves at once). */
export function ItemsTable({
  rows,
  hidden,
  canWrite,
  onProgress,
  onDelete,
}: {
  rows: PlanRow[];
  hidden: Record<string, string>;
  canWrite: boolean;
  onProgress: (form: FormData) => void;
  onDelete: (form: FormData) => void;
}) {
  if (!rows.length) return <p className="text-sm text-zinc-500">No items yet.</p>;
  return (
    <table className="w-full text-left text-sm" data-testid="sprint-items">
      <TableHead columns={["Key", "Title", "Type", "Modules", "Estimate and status", ""]} />
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} className={`border-b border-zinc-100 dark:border-zinc-800 ${r.pending ? "opacity-60" : ""}`}>
            <td className={`${cell} whitespace-nowrap font-mono text-xs`}>
              {r.url ? (
                <a href={r.url} className="text-blue-700 hover:underline dark:text-blue-400" rel="noreferrer" target="_blank">
                  {r.externalKey ?? "link"}
                </a>
              ) : (
                (r.externalKey ?? "")
              )}
            </td>
            <td className={cell}>{r.title}</td>
            <td className={cell}>
              {r.type}
              {r.category ? <span className="text-zinc-500"> · {r.category}</span> : null}
            </td>
            <td className={`${cell} text-xs text-zinc-600 dark:text-zinc-400`}>{r.modules.join(", ")}</td>
            <td className={cell}>
              {canWrite && !r.id.startsWith("pending-") ? (
                <form action={onProgress} aria-label={`Edit ${r.externalKey ?? r.title}`} className="flex gap-1">
                  {Object.entries({ ...hidden, itemId: r.id }).map(([k, v]) => (
                    <input key={k} type="hidden" name={k} value={v} />
                  ))}
                  <input name="estimate" aria-label="Estimate" defaultValue={r.estimate ?? ""} className={`${small} w-16`} inputMode="decimal" />
                  <select
                    name="status"
                    aria-label="Status"
                    defaultValue={r.status}
                    className={small}
                    onChange={(e) => e.currentTarget.form?.requestSubmit()}
                  >
                    {ITEM_STATUSES.map((s) => (
                      <option key={s} value={s}>
                        {STATUS_LABEL[s]}
                      </option>
                    ))}
                  </select>
                  <button type="submit" className="rounded border border-zinc-300 px-2 text-xs dark:border-zinc-700">
                    Save
                  </button>
                </form>
              ) : (
                <span className="tabular-nums">
                  {r.estimate ?? "–"} · {STATUS_LABEL[r.status]}
                </span>
              )}
            </td>
            <td className={cell}>
              {canWrite && !r.id.startsWith("pending-") ? (
                <form action={onDelete}>
                  {Object.entries({ ...hidden, itemId: r.id }).map(([k, v]) => (
                    <input key={k} type="hidden" name={k} value={v} />
                  ))}
                  <button type="submit" className="text-xs text-red-700 hover:underline dark:text-red-400" aria-label={`Remove ${r.externalKey ?? r.title}`}>
                    Remove
                  </button>
                </form>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
