import type { GateReport, GateRule, GateRuleResult } from "../../ingest/schema";

export const RULE_TITLES: Record<GateRule, string> = {
  "changed-lines-coverage": "Coverage of changed lines",
  "module-coverage-drop": "Module coverage drop",
  complexity: "Complexity of changed functions",
  clones: "New clones",
  "undocumented-api": "Undocumented public API",
  "debt-plan": "New debt has a plan",
};

export interface RenderInput {
  report: GateReport;
  passed: boolean;
  warnOnly: boolean;
  debtDelta: number;
  commitSha: string;
  baseRef: string;
  baseSha: string;
  /** Commit of the baseline scan; differs from the merge base when the target branch moved on. */
  baselineSha: string;
  /** The project's dashboard page, when known. */
  projectUrl: string | null;
}

const STATUS_WORD = { pass: "pass", fail: "FAIL", warn: "warn", skip: "skip" } as const;
const STATUS_ICON = { pass: "✅", fail: "❌", warn: "⚠️", skip: "⏭️" } as const;

/** "merge base X" or, when the baseline scan is of another commit, both. */
function baseText(r: RenderInput, code: (s: string) => string): string {
  const base = `merge base ${code(r.baseSha.slice(0, 12))}`;
  return r.baselineSha.startsWith(r.baseSha.slice(0, 7)) || r.baseSha.startsWith(r.baselineSha.slice(0, 7)) ? base : `${base}, baseline scan of ${code(r.baselineSha.slice(0, 12))}`;
}

function verdict(r: RenderInput): string {
  if (r.passed) return "passed";
  return r.warnOnly ? "failed (reported only: --warn-only)" : "failed";
}

function signedMinutes(m: number): string {
  const abs = Math.abs(m);
  const text = abs < 60 ? `${abs} min` : `${Math.floor(abs / 60)} h ${abs % 60} min`;
  return `${m > 0 ? "+" : m < 0 ? "−" : ""}${text}`;
}

/** Failures first, then warnings, then notes; at most `limit`, the rest counted. */
function shown(r: GateRuleResult, limit: number): { items: GateRuleResult["items"]; more: number } {
  const order = { fail: 0, warn: 1, info: 2 } as const;
  const sorted = [...r.items].sort((a, b) => order[a.severity] - order[b.severity]);
  return { items: sorted.slice(0, limit), more: Math.max(0, sorted.length - limit) };
}

/** The terminal summary: one line per rule, then what failed or warned, where and by how much. */
export function renderText(r: RenderInput): string {
  const out = [`paydown gate: ${verdict(r)} — ${r.commitSha.slice(0, 12)} against ${r.baseRef} (${baseText(r, (x) => x)}), debt ${signedMinutes(r.debtDelta)}`];
  for (const rule of r.report.rules) {
    out.push(`  [${STATUS_WORD[rule.status].padEnd(4)}] ${RULE_TITLES[rule.rule]}: ${rule.summary}`);
    const { items, more } = shown(rule, 20);
    for (const i of items) out.push(`           ${i.severity === "info" ? "-" : i.severity === "fail" ? "✗" : "!"} ${i.message}`);
    if (more) out.push(`           … and ${more} more`);
  }
  if (r.projectUrl) out.push(`  dashboard: ${r.projectUrl}`);
  return out.join("\n") + "\n";
}

function mdEscape(s: string): string {
  return s.replace(/[|<>]/g, (c) => `\\${c}`);
}

/** Markdown for a pull-request comment, with the same content as the terminal summary. */
export function renderMarkdown(r: RenderInput): string {
  const moduleLink = (name: string) => (r.projectUrl ? `[${mdEscape(name)}](${r.projectUrl}/modules/${encodeURIComponent(name)})` : mdEscape(name));
  const out = [
    `<!-- paydown-gate -->`,
    `## ${r.passed ? "✅" : "❌"} Paydown gate ${verdict(r)}`,
    "",
    `Commit \`${r.commitSha.slice(0, 12)}\` against \`${mdEscape(r.baseRef)}\` (${baseText(r, (x) => `\`${x}\``)}) · debt ${signedMinutes(r.debtDelta)}${r.projectUrl ? ` · [dashboard](${r.projectUrl})` : ""}`,
    "",
    "| | rule | result |",
    "| --- | --- | --- |",
    ...r.report.rules.map((rule) => `| ${STATUS_ICON[rule.status]} | ${RULE_TITLES[rule.rule]} | ${mdEscape(rule.summary)} |`),
  ];
  for (const rule of r.report.rules) {
    const { items, more } = shown(rule, 50);
    if (!items.length) continue;
    out.push("", `### ${STATUS_ICON[rule.status]} ${RULE_TITLES[rule.rule]}`, "");
    for (const i of items) {
      const where = i.file ? ` \`${i.file}${i.line ? `:${i.line}` : ""}\`` : "";
      const mod = i.module ? ` (module ${moduleLink(i.module)})` : "";
      out.push(`- ${i.severity === "fail" ? "**fail**" : i.severity === "warn" ? "warning" : "note"}${where}${mod}: ${mdEscape(i.message)}`);
    }
    if (more) out.push(`- … and ${more} more`);
  }
  const debt = r.report.modules.filter((m) => m.delta !== 0);
  if (debt.length) {
    out.push("", "### Debt by module", "", "| module | debt | plan |", "| --- | --- | --- |");
    for (const m of debt) out.push(`| ${moduleLink(m.module)} | ${signedMinutes(m.delta)} | ${m.plannedBy.map(mdEscape).join("; ") || (m.delta > 0 ? "none" : "")} |`);
  }
  return out.join("\n") + "\n";
}
