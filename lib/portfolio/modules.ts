import { debtRatio, gradeFor } from "@/lib/debt/model";
import type { DebtModel, Grade } from "@/lib/debt/schema";
import type { DebtColumns } from "@/lib/debt/model";

// The organization's top modules by debt minutes, from each module's snapshot in its
// project's latest scan (a module gone from the latest scan is gone, as on the project page).

export interface ModuleInput extends DebtColumns {
  projectSlug: string;
  projectName: string;
  name: string;
  path: string;
  owners: string[];
  scannedAt: Date;
}

export interface TopModuleRow extends ModuleInput {
  rank: number;
  ratio: number;
  grade: Grade;
  /** Fraction of the organization's total debt minutes; null when the organization has none. */
  orgShare: number | null;
}

/** Code-unit order, the same as the database's COLLATE "C", so both pick the same top N on ties. */
export function byDebt(a: Pick<ModuleInput, "totalDebt" | "projectSlug" | "name">, b: Pick<ModuleInput, "totalDebt" | "projectSlug" | "name">): number {
  if (a.totalDebt !== b.totalDebt) return b.totalDebt - a.totalDebt;
  if (a.projectSlug !== b.projectSlug) return a.projectSlug < b.projectSlug ? -1 : 1;
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

export function topModules(rows: ModuleInput[], orgMinutes: number, model: DebtModel, limit: number): TopModuleRow[] {
  return [...rows]
    .sort(byDebt)
    .slice(0, limit)
    .map((r, i) => {
      const ratio = debtRatio(r.totalDebt, r.lines, model);
      return { ...r, rank: i + 1, ratio, grade: gradeFor(ratio, model), orgShare: orgMinutes > 0 ? r.totalDebt / orgMinutes : null };
    });
}
