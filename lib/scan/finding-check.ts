import { CATEGORIES, FINDING_KINDS, type Finding } from "../ingest/schema";

/*
 * findingSchema.parse for the findings the scanner builds itself, without zod: a backfill parses
 * tens of thousands of new findings on its busiest thread, and zod's parse (and the objects it
 * allocates) was most of what each one cost. Strictly narrower than the schema: anything it does
 * not accept goes to zod, which gives the error (or whatever else it would return). The result is
 * what zod returns for the same input, key order included (finding-check.test.ts).
 */

const categories: ReadonlySet<unknown> = new Set(CATEGORIES);
const kinds: ReadonlySet<unknown> = new Set(FINDING_KINDS);

const text = (v: unknown, min: number, max: number): v is string =>
  typeof v === "string" && v.length >= min && v.length <= max && !v.includes("\u0000");
const line = (v: unknown): v is number => typeof v === "number" && Number.isSafeInteger(v) && v > 0;
const amount = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v) && v >= 0;
/** A field with `.nullable().default(null)`: absent or null is null. */
const optional = <T>(v: unknown, ok: (v: unknown) => v is T): v is T | null | undefined => v == null || ok(v);

/** The parsed finding, or null when zod has to decide. */
export function fastFinding(f: Finding): Finding | null {
  const o = f.other as unknown;
  if (
    !categories.has(f.category) ||
    !kinds.has(f.kind) ||
    !(f.file === null || text(f.file, 1, 1024)) ||
    !optional(f.startLine, line) ||
    !optional(f.endLine, line) ||
    !optional(f.symbol, (v): v is string => text(v, 0, 1024)) ||
    !amount(f.value) ||
    !optional(f.threshold, amount) ||
    !optional(f.message, (v): v is string => text(v, 0, 2000)) ||
    !optional(f.fingerprint, (v): v is string => text(v, 1, 128))
  ) {
    return null;
  }
  let other: Finding["other"] = null;
  if (o != null) {
    if (typeof o !== "object" || Array.isArray(o)) return null;
    const { file, startLine, endLine } = o as Record<string, unknown>;
    if (!text(file, 1, 1024) || !line(startLine) || !line(endLine)) return null;
    other = { file, startLine, endLine };
  }
  const startLine = f.startLine ?? null;
  const endLine = f.endLine ?? null;
  if (startLine != null && endLine != null && endLine < startLine) return null;
  return {
    category: f.category,
    kind: f.kind,
    file: f.file,
    startLine,
    endLine,
    symbol: f.symbol ?? null,
    value: f.value,
    threshold: f.threshold ?? null,
    message: f.message ?? null,
    fingerprint: f.fingerprint ?? null,
    other,
  };
}
