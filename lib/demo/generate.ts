import type { FindingKind, ScanDocumentInput } from "@/lib/ingest/schema";

/**
 * Generated demo history: plausible, deterministic weekly scans for a few fictional
 * projects, so a new user sees what a year of Paydown looks like. Always labelled demo.
 */

export interface DemoModuleSpec {
  name: string;
  lines: number;
  /** Weekly drift of debt: negative pays down, positive accrues. */
  drift: number;
  coverage: number | null;
  owners: string[];
}

export interface DemoProjectSpec {
  slug: string;
  name: string;
  language: "py" | "ts";
  modules: DemoModuleSpec[];
}

export const DEMO_PROJECTS: DemoProjectSpec[] = [
  {
    slug: "storefront",
    name: "Storefront (demo)",
    language: "ts",
    modules: [
      { name: "checkout", lines: 8200, drift: 0.6, coverage: 0.62, owners: ["@demo/checkout"] },
      { name: "catalog", lines: 5400, drift: -0.4, coverage: 0.78, owners: ["@demo/catalog"] },
      { name: "search", lines: 3900, drift: 0.2, coverage: 0.55, owners: ["@demo/discovery"] },
      { name: "ui-kit", lines: 6100, drift: -0.1, coverage: 0.4, owners: ["@demo/design"] },
      { name: "legacy-cart", lines: 2600, drift: 1.2, coverage: 0.18, owners: [] },
    ],
  },
  {
    slug: "billing-service",
    name: "Billing service (demo)",
    language: "py",
    modules: [
      { name: "invoices", lines: 7100, drift: -0.8, coverage: 0.7, owners: ["@demo/payments"] },
      { name: "tax", lines: 3300, drift: 0.3, coverage: 0.85, owners: ["@demo/payments"] },
      { name: "ledger", lines: 9800, drift: 0.5, coverage: 0.58, owners: ["@demo/finance-eng"] },
      { name: "webhooks", lines: 2100, drift: -0.2, coverage: null, owners: ["@demo/platform"] },
    ],
  },
  {
    slug: "data-pipeline",
    name: "Data pipeline (demo)",
    language: "py",
    modules: [
      { name: "ingest", lines: 4600, drift: 0.9, coverage: 0.35, owners: ["@demo/data"] },
      { name: "transform", lines: 6900, drift: -0.5, coverage: 0.52, owners: ["@demo/data"] },
      { name: "export", lines: 2800, drift: 0.1, coverage: 0.66, owners: ["@demo/data"] },
    ],
  },
];

/** Small deterministic PRNG (mulberry32), so every demo start shows the same history. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hex(rand: () => number, n: number): string {
  let s = "";
  for (let i = 0; i < n; i++) s += Math.floor(rand() * 16).toString(16);
  return s;
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** `weeks` weekly scan documents for a project, oldest first, ending at `end`. */
export function demoScans(spec: DemoProjectSpec, weeks: number, end: Date, seed = 7): ScanDocumentInput[] {
  const rand = prng(seed + spec.slug.length * 101);
  const ext = spec.language === "py" ? "py" : "ts";
  const docs: ScanDocumentInput[] = [];
  // Debt "pressure" per module: a random walk with the module's drift.
  const pressure = spec.modules.map(() => 4 + rand() * 6);
  const coverage = spec.modules.map((m) => m.coverage);
  for (let w = weeks - 1; w >= 0; w--) {
    const at = new Date(end.getTime() - w * 7 * 86_400_000 - Math.floor(rand() * 6) * 3_600_000);
    const modules = spec.modules.map((m, i) => {
      pressure[i] = clamp(pressure[i] + m.drift * 0.25 + (rand() - 0.5) * 1.2, 0.5, 30);
      const cov = coverage[i];
      if (cov != null) coverage[i] = clamp(cov - m.drift * 0.004 + (rand() - 0.5) * 0.01, 0.05, 0.97);
      const p = pressure[i];
      const lines = Math.round(m.lines * (1 + (weeks - w) * 0.004));
      const functions = Math.round(lines / 22);
      const overThreshold = Math.max(0, Math.round(p * 0.8));
      const publicSymbols = Math.round(functions * 0.35);
      const undocumented = Math.min(publicSymbols, Math.round(p * 1.5));
      const clones = Math.max(0, Math.round(p * 0.5));
      const duplicatedLines = Math.min(lines, clones * 18);
      const validLines = Math.round(lines * 0.85);
      const covered = coverage[i] == null ? null : Math.round(validLines * coverage[i]!);
      const findings: NonNullable<ScanDocumentInput["modules"][number]["findings"]> = [];
      const dir = `${spec.language === "py" ? "src" : "packages"}/${m.name}`;
      const add = (kind: FindingKind, category: "test" | "docs" | "complexity" | "duplication", k: number, extra: object) =>
        findings.push({ kind, category, file: `${dir}/file_${k}.${ext}`, ...extra } as (typeof findings)[number]);
      for (let k = 0; k < overThreshold; k++) {
        add("complex-function", "complexity", k, { symbol: `${m.name}_handler_${k}`, startLine: 10 + k * 40, endLine: 60 + k * 40, value: 11 + ((k * 7) % 14), threshold: 10 });
      }
      for (let k = 0; k < clones; k++) {
        add("clone", "duplication", k, {
          startLine: 5 + k * 30,
          endLine: 22 + k * 30,
          value: 18,
          threshold: 5,
          fingerprint: `demo-${spec.slug}-${m.name}-clone-${k}`,
          other: { file: `${dir}/copy_${k}.${ext}`, startLine: 40, endLine: 57 },
        });
      }
      for (let k = 0; k < undocumented; k++) {
        add("undocumented-symbol", "docs", k, { symbol: `public_api_${k}`, startLine: 3 + k, endLine: 3 + k, value: 1 });
      }
      if (covered != null) {
        const uncovered = validLines - covered;
        const files = Math.max(1, Math.round(uncovered / 120));
        for (let k = 0; k < files; k++) {
          const v = Math.round(uncovered / files);
          add("uncovered-file", "test", k, { value: v, threshold: Math.round(v * 0.2), message: `${v} lines not covered` });
        }
      }
      if (m.name === "legacy-cart" || m.name === "ingest") {
        findings.push({ category: "docs", kind: "missing-readme", file: null, value: 1, message: `No README in ${m.name}` });
      }
      return {
        name: m.name,
        path: dir,
        owners: m.owners,
        files: Math.round(lines / 180),
        lines,
        test: {
          coverage: covered == null ? null : { coveredLines: covered, validLines, coveredBranches: Math.round(covered / 5), validBranches: Math.round(validLines / 5) },
          results: covered == null ? null : { tests: Math.round(functions * 0.6), failures: 0, skipped: 1, durationMs: Math.round(lines * 3.1) },
        },
        docs: { readme: !(m.name === "legacy-cart" || m.name === "ingest"), publicSymbols, documentedSymbols: publicSymbols - undocumented },
        complexity: {
          threshold: 10,
          functions,
          overThreshold,
          maxCcn: overThreshold ? Math.max(...Array.from({ length: overThreshold }, (_, k) => 11 + ((k * 7) % 14))) : 9,
          meanCcn: Math.round((2.4 + p * 0.05) * 10) / 10,
          nloc: Math.round(lines * 0.9),
          overThresholdNloc: overThreshold * 50,
        },
        duplication: { lines, duplicatedLines, clones },
        churn: { windowDays: 90, commits: Math.round(5 + p * 3), authors: 1 + Math.round(rand() * 5), bugfixCommits: Math.round(p / 3) },
        findings,
      };
    });
    docs.push({
      schemaVersion: 1,
      commit: { sha: hex(rand, 40), branch: "main", committedAt: at.toISOString(), message: "demo commit" },
      scannedAt: at.toISOString(),
      scanner: { name: "paydown-demo", version: "demo" },
      modules,
    });
  }
  return docs;
}
