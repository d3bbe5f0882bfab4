import { z } from "zod";

/**
 * The scan document: the one contract between the scanner and the dashboard.
 * Version 1. Documented in docs/scan-format.md; served as OpenAPI at /api/v1/openapi.json.
 * Safe for the client and for the plain-Node scanner: zod only.
 */
export const SCAN_SCHEMA_VERSION = 1 as const;

export const CATEGORIES = ["test", "docs", "complexity", "duplication"] as const;
export const categorySchema = z.enum(CATEGORIES);
export type Category = z.infer<typeof categorySchema>;

export const FINDING_KINDS = [
  "complex-function",
  "clone",
  "undocumented-symbol",
  "missing-readme",
  "uncovered-file",
  "failing-test",
  "flaky-test",
  "slow-test",
] as const;
export const findingKindSchema = z.enum(FINDING_KINDS);
export type FindingKind = z.infer<typeof findingKindSchema>;

// PostgreSQL text cannot hold NUL; refuse it up front as a 400 rather than fail on insert.
const str = () => z.string().regex(/^[^\u0000]*$/, "must not contain NUL characters");
const count = z.number().int().nonnegative();
const nonNegative = z.number().finite().nonnegative();
const relPath = str().min(1).max(1024);

export const locationSchema = z.object({
  file: relPath,
  startLine: z.number().int().positive(),
  endLine: z.number().int().positive(),
});

export const findingSchema = z
  .object({
    category: categorySchema,
    kind: findingKindSchema,
    /** Repository-relative path, "/" separated. Null for module-level findings. */
    file: relPath.nullable(),
    startLine: z.number().int().positive().nullable().default(null),
    endLine: z.number().int().positive().nullable().default(null),
    /** Function, class, test or symbol name, where there is one. */
    symbol: str().max(1024).nullable().default(null),
    /** The measured amount: CCN, duplicated lines, uncovered lines, test duration in ms... */
    value: nonNegative,
    /** The threshold the value is compared with, where one applies. */
    threshold: nonNegative.nullable().default(null),
    message: str().max(2000).nullable().default(null),
    /**
     * Stable identity across scans (same finding, same fingerprint even when lines move).
     * The server derives one from category, kind, file and symbol when absent.
     */
    fingerprint: str().min(1).max(128).nullable().default(null),
    /** Second location of a clone pair. */
    other: locationSchema.nullable().default(null),
  })
  .refine((f) => f.startLine == null || f.endLine == null || f.endLine >= f.startLine, {
    message: "endLine must be >= startLine",
    path: ["endLine"],
  });
export type Finding = z.infer<typeof findingSchema>;

export const testMetricsSchema = z.object({
  /** Null when no coverage report covered this module: unknown, never 0%. */
  coverage: z
    .object({
      coveredLines: count,
      validLines: count,
      coveredBranches: count,
      validBranches: count,
    })
    .refine((c) => c.coveredLines <= c.validLines && c.coveredBranches <= c.validBranches, {
      message: "covered must not exceed valid",
    })
    .nullable(),
  /** Null when no JUnit report named tests of this module. */
  results: z
    .object({
      tests: count,
      failures: count,
      skipped: count,
      durationMs: nonNegative,
      slowest: z
        .array(z.object({ name: str().max(1024), file: str().max(1024).nullable().default(null), durationMs: nonNegative }))
        .max(100)
        .default([]),
      flaky: z.array(z.object({ name: str().max(1024), file: str().max(1024).nullable().default(null) })).default([]),
    })
    .nullable(),
});

export const docsMetricsSchema = z
  .object({
    readme: z.boolean(),
    publicSymbols: count,
    documentedSymbols: count,
  })
  .refine((d) => d.documentedSymbols <= d.publicSymbols, {
    message: "documentedSymbols must not exceed publicSymbols",
    path: ["documentedSymbols"],
  });

export const complexityMetricsSchema = z.object({
  threshold: z.number().int().positive().default(10),
  functions: count,
  overThreshold: count,
  maxCcn: count,
  meanCcn: nonNegative,
  nloc: count,
  overThresholdNloc: count,
});

export const duplicationMetricsSchema = z
  .object({
    lines: count,
    duplicatedLines: count,
    clones: count,
  })
  .refine((d) => d.duplicatedLines <= d.lines, {
    message: "duplicatedLines must not exceed lines",
    path: ["duplicatedLines"],
  });

export const churnSchema = z.object({
  windowDays: z.number().int().positive().default(90),
  commits: count,
  authors: count,
  bugfixCommits: count,
});

export const moduleSchema = z.object({
  /** Stable module name, unique within the scan (e.g. "billing" or "packages/api"). */
  name: str().min(1).max(200),
  /** Path prefix of the module in the repository ("" or "." for the root). */
  path: str().max(1024),
  owners: z.array(str().max(200)).default([]),
  files: count,
  /** Lines of code (non-blank, non-comment), the size used by debt ratios. */
  lines: count,
  test: testMetricsSchema,
  docs: docsMetricsSchema,
  complexity: complexityMetricsSchema,
  duplication: duplicationMetricsSchema,
  churn: churnSchema.nullable().default(null),
  findings: z.array(findingSchema).default([]),
});
export type ModuleReport = z.infer<typeof moduleSchema>;

export const scanDocumentSchema = z
  .object({
    schemaVersion: z.literal(SCAN_SCHEMA_VERSION),
    commit: z.object({
      sha: str().regex(/^[0-9a-f]{7,64}$/i, "a hex commit SHA of 7 to 64 characters"),
      branch: str().max(255).nullable().default(null),
      /** Commit date; history backfill uses it as the point's time. */
      committedAt: z.iso.datetime({ offset: true }).nullable().default(null),
      message: str().max(10_000).nullable().default(null),
    }),
    scannedAt: z.iso.datetime({ offset: true }),
    scanner: z.object({ name: str().min(1).max(100), version: str().min(1).max(100) }),
    modules: z.array(moduleSchema).min(1).max(5000),
    /** Files the scanner left out and why, so nothing goes missing silently. */
    skipped: z.array(z.object({ path: str().max(1024), reason: str().max(500) })).default([]),
    /** Report paths that matched no repository file. */
    unmappedReportPaths: z.array(str().max(1024)).default([]),
  })
  .superRefine((doc, ctx) => {
    const seen = new Set<string>();
    doc.modules.forEach((m, i) => {
      if (seen.has(m.name)) {
        ctx.addIssue({ code: "custom", message: `duplicate module name "${m.name}"`, path: ["modules", i, "name"] });
      }
      seen.add(m.name);
    });
  });

export type ScanDocument = z.infer<typeof scanDocumentSchema>;
export type ScanDocumentInput = z.input<typeof scanDocumentSchema>;

// ---------------------------------------------------------------------------
// CI gate exchange (`paydown gate` ↔ dashboard, docs/ci.md). Separate from the scan document
// above, which it does not change: GET /api/v1/baseline answers with gateBaselineSchema,
// POST /api/v1/gate-results takes gateResultUploadSchema.

const remediationRule = z.object({ base: nonNegative, step: nonNegative });

/** A finding of the baseline as the gate compares it: the scan document's finding without the message. */
export const baselineFindingSchema = z.object({
  category: categorySchema,
  kind: findingKindSchema,
  file: str().nullable(),
  startLine: z.number().int().nullable(),
  endLine: z.number().int().nullable(),
  symbol: str().nullable(),
  value: nonNegative,
  threshold: nonNegative.nullable(),
  fingerprint: str(),
  other: locationSchema.nullable(),
});
export type BaselineFinding = z.infer<typeof baselineFindingSchema>;

export const baselineModuleSchema = z.object({
  name: str(),
  path: str(),
  lines: count,
  coverage: z.object({ coveredLines: count, validLines: count }).nullable(),
  /** Whether a test report named the module (failing/flaky/slow test findings are comparable). */
  testResults: z.boolean(),
  /** Debt minutes as stored with the scan, per category and total. */
  debtMinutes: z.object({ test: count, docs: count, complexity: count, duplication: count, total: count }),
  findings: z.array(baselineFindingSchema),
});

/** A debt work item of a team's current sprint: the "explicit plan" for the modules it names. */
export const gatePlanSchema = z.object({
  team: z.object({ slug: str(), name: str() }),
  sprint: z.object({ id: str(), name: str(), startDate: str(), endDate: str() }),
  item: z.object({ id: str(), title: str(), externalKey: str().nullable(), url: str().nullable(), status: str(), category: categorySchema.nullable() }),
  modules: z.array(str()),
});
export type GatePlan = z.infer<typeof gatePlanSchema>;

export const gateBaselineSchema = z.object({
  project: z.object({ org: str(), slug: str(), url: str(), coverageMinimum: z.number().min(0).max(1) }),
  scan: z.object({
    id: str(),
    commitSha: str(),
    branch: str().nullable(),
    committedAt: z.string().nullable(),
    scannedAt: z.string(),
  }),
  /** The organization's remediation prices (docs/debt-model.md): minutes = base + step × (value − threshold). */
  debtModel: z.object({ rules: z.record(z.string(), remediationRule) }),
  modules: z.array(baselineModuleSchema),
  /** Teams working on the project whose sprint runs today, when none: []. */
  teams: z.array(
    z.object({
      slug: str(),
      name: str(),
      /** The sprint running today; `url` is its planning page on the dashboard. */
      sprint: z.object({ id: str(), name: str(), startDate: str(), endDate: str(), url: str().optional() }).nullable(),
    }),
  ),
  plans: z.array(gatePlanSchema),
});
export type GateBaseline = z.infer<typeof gateBaselineSchema>;

export const GATE_RULES = ["changed-lines-coverage", "module-coverage-drop", "complexity", "clones", "undocumented-api", "debt-plan"] as const;
export const gateRuleSchema = z.enum(GATE_RULES);
export type GateRule = z.infer<typeof gateRuleSchema>;

export const gateItemSchema = z.object({
  severity: z.enum(["fail", "warn", "info"]),
  module: str().max(200).nullable(),
  file: str().max(1024).nullable(),
  line: z.number().int().positive().nullable(),
  message: str().max(2000),
});
export type GateItem = z.infer<typeof gateItemSchema>;

export const gateRuleResultSchema = z.object({
  rule: gateRuleSchema,
  status: z.enum(["pass", "fail", "warn", "skip"]),
  summary: str().max(2000),
  items: z.array(gateItemSchema).max(500),
});
export type GateRuleResult = z.infer<typeof gateRuleResultSchema>;

export const gateModuleDebtSchema = z.object({
  module: str().max(200),
  /** Debt minutes the change adds to the module (negative when it pays debt down). */
  delta: z.number().int(),
  /** The plan that covered a rise, e.g. "PAY-12 Split parse_config (Sprint 14, Platform)". */
  plannedBy: z.array(str().max(500)).max(50),
});

export const gateReportSchema = z.object({
  rules: z.array(gateRuleResultSchema).max(GATE_RULES.length),
  modules: z.array(gateModuleDebtSchema).max(5000),
});
export type GateReport = z.infer<typeof gateReportSchema>;

export const gateResultUploadSchema = z.object({
  commitSha: str().regex(/^[0-9a-f]{7,64}$/i, "a hex commit SHA of 7 to 64 characters"),
  baseSha: str().regex(/^[0-9a-f]{7,64}$/i).nullable().default(null),
  branch: str().max(255).nullable().default(null),
  targetBranch: str().max(255).nullable().default(null),
  /** Pull/merge request number or URL, as the CI gives it. */
  pullRequest: str().max(500).nullable().default(null),
  passed: z.boolean(),
  warnOnly: z.boolean().default(false),
  debtDelta: z.number().int(),
  report: gateReportSchema,
});
export type GateResultUpload = z.infer<typeof gateResultUploadSchema>;
export type GateResultUploadInput = z.input<typeof gateResultUploadSchema>;
