import { gateReportSchema } from "@/lib/ingest/schema";
import type { GateResultRow } from "./schema";

/** Stored rows to card rows: the report is re-read with its schema, and a malformed one shows as empty. */
export function gateResultRows(
  rows: Array<Omit<GateResultRow, "failedRules" | "plans"> & { report: unknown }>,
): GateResultRow[] {
  return rows.map(({ report, ...row }) => {
    const parsed = gateReportSchema.safeParse(report);
    const rules = parsed.success ? parsed.data.rules : [];
    const modules = parsed.success ? parsed.data.modules : [];
    return {
      ...row,
      failedRules: rules.filter((r) => r.status === "fail").map((r) => r.rule),
      plans: modules.filter((m) => m.delta > 0 && m.plannedBy.length > 0).map((m) => ({ module: m.module, plannedBy: m.plannedBy })),
    };
  });
}
