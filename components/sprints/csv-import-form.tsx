"use client";

import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { ActionStatus } from "@/components/forms/action-form";
import { TableHead } from "@/components/table-head";
import { importItemsAction } from "@/lib/sprints/actions";
import { STATUS_LABEL } from "@/lib/sprints/schema";
import { useSubmit } from "./use-submit";
import { FIELD_LABEL, importCsv, MAPPED_FIELDS, type ColumnMapping, type MappedField } from "@/lib/sprints/csv-import";

const box = "w-full rounded border border-zinc-300 bg-transparent px-2 py-1.5 text-sm dark:border-zinc-700";

/**
 * Paste or upload a tracker export, check the column mapping (guessed from the headers),
 * see what will be created and which rows are refused; the server checks it all again.
 */
export function CsvImportForm({ hidden, sprintName, planningHref }: { hidden: Record<string, string>; sprintName: string; planningHref: string }) {
  const router = useRouter();
  const [csv, setCsv] = useState("");
  const [overrides, setOverrides] = useState<Partial<ColumnMapping>>({});
  const { state, pending, onSubmit } = useSubmit(async (form) => {
    const result = await importItemsAction(null, form);
    if (result?.ok) router.push(planningHref);
    return result;
  });
  const preview = useMemo(() => {
    const headers = importCsv(csv).headers;
    // An override only holds while the file still has that column.
    const kept = Object.fromEntries(Object.entries(overrides).filter(([, h]) => h === null || headers.includes(h!)));
    return importCsv(csv, { mapping: kept, sprintName });
  }, [csv, overrides, sprintName]);
  const readFile = async (file: File | undefined) => file && setCsv(await file.text());
  const blocked = !csv.trim() || Boolean(preview.error) || preview.invalid.length > 0 || preview.items.length === 0;

  return (
    <form onSubmit={onSubmit} aria-label="Import CSV" className="space-y-4">
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <div className="space-y-2 text-sm">
        <label htmlFor="csv-file" className="block font-medium">
          CSV file
        </label>
        <input id="csv-file" type="file" accept=".csv,text/csv" onChange={(e) => readFile(e.target.files?.[0])} />
        <label htmlFor="csv-text" className="block font-medium">
          or paste the CSV
        </label>
        <textarea id="csv-text" name="csv" rows={8} value={csv} onChange={(e) => setCsv(e.target.value)} className={`${box} font-mono text-xs`} />
      </div>
      {preview.headers.length ? (
        <fieldset className="grid grid-cols-2 gap-2 text-sm md:grid-cols-3">
          <legend className="mb-1 font-medium">Columns</legend>
          {MAPPED_FIELDS.map((f: MappedField) => (
            <label key={f} className="block">
              <span className="mb-0.5 block text-xs text-zinc-600 dark:text-zinc-400">{FIELD_LABEL[f]}</span>
              <select
                name={`map.${f}`}
                aria-label={`Column for ${FIELD_LABEL[f]}`}
                value={preview.mapping[f] ?? ""}
                onChange={(e) => setOverrides({ ...overrides, [f]: e.target.value || null })}
                className={box}
              >
                <option value="">(none)</option>
                {[...new Set(preview.headers)].map((h) => (
                  <option key={h} value={h}>
                    {h}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </fieldset>
      ) : null}
      {preview.error && csv.trim() ? (
        <p role="alert" className="text-sm text-red-600 dark:text-red-400">
          {preview.error}
        </p>
      ) : null}
      {preview.invalid.length ? (
        <div data-testid="invalid-rows" className="rounded border border-red-300 p-3 text-sm dark:border-red-800">
          <p className="font-medium text-red-700 dark:text-red-400">
            {preview.invalid.length} invalid row(s): nothing will be imported until they are fixed.
          </p>
          <ul className="mt-1 list-disc pl-5">
            {preview.invalid.map((r) => (
              <li key={r.row}>
                Row {r.row}: {r.reason}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {preview.items.length ? (
        <div>
          <p className="mb-1 text-sm font-medium">
            {preview.items.length} item(s) to import
            {preview.skipped.length ? ` (${preview.skipped.length} row(s) of other sprints skipped)` : ""}
          </p>
          <table className="w-full text-left text-sm" data-testid="import-preview">
            <TableHead columns={["Row", "Key", "Title", "Estimate", "Type", "Status"]} />
            <tbody>
              {preview.items.map(({ row, item }) => (
                <tr key={row} className="border-b border-zinc-100 dark:border-zinc-800">
                  <td className="py-1 pr-3 tabular-nums">{row}</td>
                  <td className="py-1 pr-3 font-mono text-xs">{item.externalKey}</td>
                  <td className="py-1 pr-3">{item.title}</td>
                  <td className="py-1 pr-3 tabular-nums">{item.estimate ?? "–"}</td>
                  <td className="py-1 pr-3">
                    {item.type}
                    {item.category ? ` · ${item.category}` : ""}
                  </td>
                  <td className="py-1 pr-3">{STATUS_LABEL[item.status]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <button type="submit" disabled={blocked || pending} className="rounded bg-zinc-900 px-3 py-2 text-sm font-medium text-white disabled:opacity-50 dark:bg-zinc-100 dark:text-zinc-900">
        Import {preview.items.length || ""} item(s)
      </button>
      <ActionStatus state={state} />
    </form>
  );
}
