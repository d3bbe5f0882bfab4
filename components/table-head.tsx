import type { ReactNode } from "react";

/** The header row every plain data table in the dashboard uses. */
export function TableHead({ columns }: { columns: ReactNode[] }) {
  return (
    <thead className="border-b border-zinc-200 text-xs text-zinc-500 dark:border-zinc-800">
      <tr>
        {columns.map((c, i) => (
          <th key={i} scope="col" className="py-2 pr-3 font-medium">
            {c}
          </th>
        ))}
      </tr>
    </thead>
  );
}
