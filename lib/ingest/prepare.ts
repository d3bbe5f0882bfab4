import { createHash } from "node:crypto";
import { remediationMinutes, sumCategoryMinutes, totalMinutes, type CategoryMinutes } from "@/lib/debt/model";
import type { DebtModel } from "@/lib/debt/schema";
import type { Finding, ModuleReport, ScanDocument } from "./schema";

export interface PreparedFinding extends Finding {
  fingerprint: string;
  remediationMinutes: number;
}

export interface PreparedModule {
  report: ModuleReport;
  findings: PreparedFinding[];
  debt: CategoryMinutes & { total: number };
}

export interface PreparedScan {
  modules: PreparedModule[];
  lines: number;
  debt: CategoryMinutes & { total: number };
  findingCount: number;
}

export function defaultFingerprint(moduleName: string, f: Finding): string {
  return createHash("sha256")
    .update([moduleName, f.category, f.kind, f.file ?? "", f.symbol ?? ""].join("\u0000"))
    .digest("hex")
    .slice(0, 32);
}

/**
 * Prices every finding with the organization's debt model and gives each a fingerprint
 * that is unique within its module; repeats (two overloads of one name) get "#2", "#3"...
 */
export function prepareScan(doc: ScanDocument, model: DebtModel): PreparedScan {
  const total: CategoryMinutes & { total: number } = { test: 0, docs: 0, complexity: 0, duplication: 0, total: 0 };
  let lines = 0;
  let findingCount = 0;
  const modules = doc.modules.map((report) => {
    const seen = new Map<string, number>();
    const findings = report.findings.map((f) => {
      const base = f.fingerprint ?? defaultFingerprint(report.name, f);
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      return {
        ...f,
        fingerprint: n === 1 ? base : `${base}#${n}`,
        remediationMinutes: remediationMinutes(f, model),
      };
    });
    const byCategory = sumCategoryMinutes(findings);
    const debt = { ...byCategory, total: totalMinutes(byCategory) };
    for (const k of Object.keys(total) as Array<keyof typeof total>) total[k] += debt[k];
    lines += report.lines;
    findingCount += findings.length;
    return { report, findings, debt };
  });
  return { modules, lines, debt: total, findingCount };
}
