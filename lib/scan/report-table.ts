import type { ScanDocument } from "../ingest/schema";

const pct = (n: number, d: number) => (d > 0 ? `${((100 * n) / d).toFixed(1)}%` : "–");

/** Groups skip reasons ("vendored (12 source files)", "generated: ...") into counts per kind. */
export function skippedCounts(skipped: ScanDocument["skipped"]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of skipped) {
    const kind = s.reason.split(/[:(]/)[0]!.trim();
    const many = /\((\d+) source files?\)/.exec(s.reason);
    counts.set(kind, (counts.get(kind) ?? 0) + (many ? Number(many[1]) : 1));
  }
  return counts;
}

/** The human summary: one row per module, then totals and what was skipped. */
export function summaryTable(doc: ScanDocument): string {
  const header = ["module", "files", "lines", "coverage", "docs", `fn > CCN`, "duplicated", "findings"];
  const rows: string[][] = [];
  const total = { files: 0, lines: 0, cov: 0, valid: 0, pub: 0, doc: 0, over: 0, fns: 0, dup: 0, dupLines: 0, findings: 0 };
  for (const m of doc.modules) {
    const c = m.test.coverage;
    rows.push([
      m.name,
      String(m.files),
      String(m.lines),
      c ? pct(c.coveredLines, c.validLines) : "unknown",
      pct(m.docs.documentedSymbols, m.docs.publicSymbols) + (m.docs.readme ? "" : " (no README)"),
      `${m.complexity.overThreshold}/${m.complexity.functions}`,
      pct(m.duplication.duplicatedLines, m.duplication.lines),
      String(m.findings.length),
    ]);
    total.files += m.files;
    total.lines += m.lines;
    if (c) {
      total.cov += c.coveredLines;
      total.valid += c.validLines;
    }
    total.pub += m.docs.publicSymbols;
    total.doc += m.docs.documentedSymbols;
    total.over += m.complexity.overThreshold;
    total.fns += m.complexity.functions;
    total.dup += m.duplication.duplicatedLines;
    total.dupLines += m.duplication.lines;
    total.findings += m.findings.length;
  }
  rows.push([
    "total",
    String(total.files),
    String(total.lines),
    total.valid ? pct(total.cov, total.valid) : "unknown",
    pct(total.doc, total.pub),
    `${total.over}/${total.fns}`,
    pct(total.dup, total.dupLines),
    String(total.findings),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const fmt = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  const lines = [fmt(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.slice(0, -1).map(fmt), widths.map((w) => "-".repeat(w)).join("  "), fmt(rows[rows.length - 1]!)];
  const threshold = doc.modules[0]?.complexity.threshold ?? 10;
  lines.push(`fn > CCN: functions with cyclomatic complexity above ${threshold}; coverage "unknown": no report covered the module.`);
  const skipped = skippedCounts(doc.skipped);
  if (skipped.size) lines.push(`skipped: ${[...skipped].map(([k, n]) => `${k} ${n}`).join(", ")} (listed in the document's "skipped")`);
  if (doc.unmappedReportPaths.length) lines.push(`report paths matching no repository file: ${doc.unmappedReportPaths.length}`);
  return lines.join("\n");
}
