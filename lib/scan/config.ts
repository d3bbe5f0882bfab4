import { readFile } from "node:fs/promises";
import { z } from "zod";
import { gateConfigSchema } from "./gate/gate-config";
import type { Language } from "./types";

/** A failure the CLI reports as one line and a non-zero exit. */
export class ScanError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ScanError";
  }
}

const glob = z.string().min(1);
const LANGUAGES = ["python", "javascript", "typescript", "tsx", "java", "go", "csharp", "rust"] as const satisfies readonly Language[];

export const configSchema = z
  .object({
    modules: z
      .array(
        z.strictObject({
          name: z.string().min(1).max(200),
          paths: z.array(glob).min(1),
          owners: z.array(z.string().min(1)).optional(),
        }),
      )
      .optional(),
    /** Module name -> owners; overrides CODEOWNERS for that module. */
    owners: z.record(z.string(), z.array(z.string().min(1))).optional(),
    thresholds: z
      .strictObject({
        complexity: z.number().int().positive().default(10),
        duplication: z
          .strictObject({
            minTokens: z.number().int().positive().default(50),
            minLines: z.number().int().positive().default(5),
          })
          .prefault({}),
        slowTestMs: z.number().positive().default(1000),
        /** Files whose line coverage is below this ratio (0..1) get an uncovered-file finding. */
        coverageMinimum: z.number().min(0).max(1).default(0.8),
      })
      .prefault({}),
    exclude: z.array(glob).default([]),
    languages: z.array(z.enum(LANGUAGES)).min(1).optional(),
    /** Rules of `paydown gate` (lib/scan/gate/gate-config.ts, docs/ci.md). */
    gate: gateConfigSchema.prefault({}),
  })
  .strict()
  .superRefine((c, ctx) => {
    const seen = new Set<string>();
    (c.modules ?? []).forEach((m, i) => {
      if (seen.has(m.name)) ctx.addIssue({ code: "custom", message: `duplicate module name "${m.name}"`, path: ["modules", i, "name"] });
      seen.add(m.name);
    });
  });

export type ScanConfig = z.infer<typeof configSchema>;

export const DEFAULT_CONFIG: ScanConfig = configSchema.parse({});

/** "thresholds.duplication.minTokens" style key of the first issue, for one-line errors. */
function describeIssue(issue: z.core.$ZodIssue): string {
  let path = issue.path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("");
  path = path.replace(/^\./, "");
  if (issue.code === "unrecognized_keys") {
    const keys = issue.keys.map((k) => (path ? `${path}.${k}` : k)).join(", ");
    return `unknown key ${keys}`;
  }
  return `${path || "(root)"}: ${issue.message}`;
}

export function parseConfig(raw: unknown, source = "paydown.config.json"): ScanConfig {
  const result = configSchema.safeParse(raw);
  if (!result.success) throw new ScanError(`invalid ${source}: ${describeIssue(result.error.issues[0]!)}`);
  return result.data;
}

/** Reads a config file; `required` makes a missing file an error (an explicit --config). */
export async function loadConfig(file: string, required: boolean): Promise<ScanConfig> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (err) {
    if (!required && (err as NodeJS.ErrnoException).code === "ENOENT") return DEFAULT_CONFIG;
    throw new ScanError(`cannot read config ${file}: ${(err as Error).message}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new ScanError(`invalid JSON in ${file}: ${(err as Error).message}`);
  }
  return parseConfig(raw, file);
}
