import { ReportError } from "./report-error";
import { addHits, addNamedBranch, declareBranchTotal, newRawFile, type RawFileCoverage } from "./coverage-data";

/**
 * LCOV tracefiles (c8, vitest, jest, coverage.py `coverage lcov`, geninfo). Reads SF, DA (a third
 * checksum field is ignored) and BRDA, where a taken count of "-" means the branch's block never
 * ran: the branch is still valid, just not covered, as LCOV's own BRF/BRH count it.
 * LF/BRF only correct producers that list more records than they count (see applyDeclaredTotals);
 * other records (TN, FN*, LH, BRH, VER...) carry nothing the totals need.
 */
export function readLcov(file: string, content: string): RawFileCoverage[] {
  const out: RawFileCoverage[] = [];
  const declared = new Map<RawFileCoverage, { LF?: number; BRF?: number }>();
  let current: RawFileCoverage | null = null;
  const lines = content.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === "") continue;
    const lineNo = i + 1;
    if (line === "end_of_record") {
      current = null;
      continue;
    }
    const colon = line.indexOf(":");
    if (colon < 0) throw new ReportError(file, `not an LCOV record: "${clip(line)}"`, lineNo);
    const key = line.slice(0, colon);
    const value = line.slice(colon + 1);
    if ((key === "LF" || key === "BRF") && current) {
      declared.set(current, { ...declared.get(current), [key]: Number(value) });
      continue;
    }
    if (key === "SF") {
      if (value.trim() === "") throw new ReportError(file, "SF record without a path", lineNo);
      current = newRawFile(value.trim());
      out.push(current);
      continue;
    }
    if (key !== "DA" && key !== "BRDA") continue;
    if (!current) throw new ReportError(file, `${key} record outside an SF ... end_of_record section`, lineNo);
    const fields = value.split(",");
    if (key === "DA") {
      const lineNumber = Number(fields[0]);
      const hits = Number(fields[1]);
      if (fields.length < 2 || !Number.isInteger(lineNumber) || lineNumber < 0 || !Number.isFinite(hits)) {
        throw new ReportError(file, `invalid DA record "${clip(line)}"`, lineNo);
      }
      // geninfo writes line 0 for code it cannot place; there is no such source line.
      if (lineNumber > 0) addHits(current, lineNumber, Math.max(0, hits));
      continue;
    }
    // BRDA:<line>,<block>,<branch>,<taken>; LCOV 2 allows commas inside <branch>, so take the ends.
    const lineNumber = Number(fields[0]);
    const takenField = fields[fields.length - 1].trim();
    const taken = takenField === "-" ? 0 : Number(takenField);
    if (fields.length < 4 || !Number.isInteger(lineNumber) || lineNumber < 0 || !Number.isFinite(taken)) {
      throw new ReportError(file, `invalid BRDA record "${clip(line)}"`, lineNo);
    }
    addNamedBranch(current, "lcov", lineNumber, fields.slice(1, -1).join(","), taken > 0);
  }
  for (const [raw, { LF, BRF }] of declared) applyDeclaredTotals(raw, LF, BRF);
  return out;
}

/**
 * LF and BRF are the producer's own counts of valid lines and branches. Normally they equal the DA
 * and BRDA records; coverage.py 6.x also writes DA/BRDA records for executed docstrings and arcs it
 * does not count (its LH can even exceed LF), and those extra records are all covered ones.
 */
function applyDeclaredTotals(raw: RawFileCoverage, lf: number | undefined, brf: number | undefined): void {
  if (lf !== undefined && Number.isInteger(lf)) raw.surplusLines = Math.max(0, raw.lines.size - lf);
  if (brf !== undefined && Number.isInteger(brf)) declareBranchTotal(raw, "lcov", brf);
}

function clip(s: string): string {
  return s.length > 80 ? s.slice(0, 77) + "..." : s;
}
