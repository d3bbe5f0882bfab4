import { z } from "zod";

export const RANGES = ["4w", "12w", "26w", "52w", "all"] as const;
export type RangeKey = (typeof RANGES)[number];
export const DEFAULT_RANGE: RangeKey = "12w";

export const rangeSchema = z.enum(RANGES).catch(DEFAULT_RANGE);

/** The start of a time range ending at `now`; null for all history. */
export function rangeStart(range: RangeKey, now: Date = new Date()): Date | null {
  if (range === "all") return null;
  const weeks = Number(range.slice(0, -1));
  return new Date(now.getTime() - weeks * 7 * 24 * 60 * 60 * 1000);
}

export function parseRange(value: string | string[] | undefined): RangeKey {
  return rangeSchema.parse(Array.isArray(value) ? value[0] : value);
}
