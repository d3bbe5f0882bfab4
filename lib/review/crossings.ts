// Findings that crossed a threshold during the week. Pure.
import type { Crossing, CrossingKind, ModuleState } from "./types";
import { metricValue } from "./delta";

/** The finding kinds that are threshold crossings when they appear. */
export const CROSSING_FINDING_KINDS = ["complex-function", "clone", "undocumented-symbol"] as const;
export type CrossingFindingKind = (typeof CROSSING_FINDING_KINDS)[number];

/** At most this many crossings are listed (page and exports alike); the total is always given. */
export const CROSSINGS_LIMIT = 200;

export interface FindingRef {
  fingerprint: string;
  module: string;
  kind: string;
  file: string | null;
  startLine: number | null;
  symbol: string | null;
  value: number;
  threshold: number | null;
  other?: { file?: string; startLine?: number } | null;
}

const KIND_ORDER: Record<CrossingKind, number> = { "coverage-below-minimum": 0, "complex-function": 1, clone: 2, "undocumented-symbol": 3 };

function location(file: string | null, line: number | null): string {
  if (!file) return "";
  return line != null ? `${file}:${line}` : file;
}

function findingDetail(f: FindingRef): string {
  switch (f.kind) {
    case "complex-function":
      return `CCN ${Math.round(f.value)} > ${f.threshold ?? 10}`;
    case "clone": {
      const also = f.other?.file ? `, also at ${location(f.other.file, f.other.startLine ?? null)}` : "";
      return `${Math.round(f.value)} duplicated lines${also}`;
    }
    default:
      return "public symbol without documentation";
  }
}

/**
 * Findings of the crossing kinds whose fingerprint is in the week's scan but not in the one a
 * week ago. A complex function counts only while its CCN is over its threshold.
 */
export function newFindingCrossings(project: string, beforeFingerprints: Iterable<string>, now: FindingRef[], owners: Map<string, string[]>): Crossing[] {
  const seen = new Set(beforeFingerprints);
  const out: Crossing[] = [];
  for (const f of now) {
    if (!(CROSSING_FINDING_KINDS as readonly string[]).includes(f.kind) || seen.has(f.fingerprint)) continue;
    if (f.kind === "complex-function" && !(f.value > (f.threshold ?? 10))) continue;
    seen.add(f.fingerprint); // a fingerprint listed twice is one crossing
    out.push({
      project,
      kind: f.kind as CrossingFindingKind,
      module: f.module,
      owners: owners.get(f.module) ?? [],
      location: location(f.file, f.startLine),
      symbol: f.symbol,
      detail: findingDetail(f),
    });
  }
  return out;
}

const pctText = (v: number) => `${v.toFixed(1)}%`;

/**
 * Modules whose known line coverage is now below the project minimum but was not a week ago:
 * it was at or above it, unknown, or the module is new. Unknown coverage now crosses nothing.
 */
export function coverageCrossings(project: string, before: ModuleState[] | null, now: ModuleState[], minimum: number): Crossing[] {
  const minPct = Math.round(minimum * 1000) / 10;
  const prev = new Map((before ?? []).map((m) => [m.name, m]));
  const out: Crossing[] = [];
  for (const m of now) {
    const cur = metricValue(m, "coverage", "test");
    if (cur == null || !(cur < minPct)) continue;
    const p = prev.get(m.name);
    const was = p ? metricValue(p, "coverage", "test") : null;
    if (was != null && was < minPct) continue;
    const since = !p ? "new module" : was == null ? "was unknown" : `was ${pctText(was)}`;
    out.push({
      project,
      kind: "coverage-below-minimum",
      module: m.name,
      owners: m.owners,
      location: m.path || ".",
      symbol: null,
      detail: `coverage ${pctText(cur)} < minimum ${pctText(minPct)} (${since})`,
    });
  }
  return out;
}

export function sortCrossings(list: Crossing[]): Crossing[] {
  return [...list].sort(
    (a, b) =>
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      a.project.localeCompare(b.project) ||
      a.module.localeCompare(b.module) ||
      a.location.localeCompare(b.location, "en", { numeric: true }) ||
      (a.symbol ?? "").localeCompare(b.symbol ?? ""),
  );
}

export const CROSSING_LABEL: Record<CrossingKind, string> = {
  "coverage-below-minimum": "Coverage below minimum",
  "complex-function": "Function over CCN threshold",
  clone: "New clone",
  "undocumented-symbol": "New undocumented public API",
};
