import { emptyCategoryMinutes, totalMinutes, type CategoryMinutes } from "@/lib/debt/model";
import type { Category } from "@/lib/ingest/schema";

// "What the paydown bought": for each module a debt item touched, the findings of the scan at
// the sprint's start against those of the scan at its end, matched by fingerprint.
// paid = minutes of findings that disappeared, added = minutes of findings that appeared.
// Findings present at both ends count in neither, even if their minutes changed.

export interface DiffFinding {
  fingerprint: string;
  category: Category;
  minutes: number;
}

/** One end of the comparison for one project: its modules present in that scan with their findings. */
export interface ScanSide {
  scanId: string;
  scannedAt: Date;
  /** moduleId → findings; a module missing here was not in that scan. */
  modules: Record<string, DiffFinding[]>;
}

export interface ProjectScans {
  start: ScanSide | null;
  end: ScanSide | null;
}

export interface TouchedModule {
  moduleId: string;
  name: string;
  projectId: string;
}

export interface LinkedFinding {
  fingerprint: string;
  moduleId: string;
  category: Category;
  kind: string;
  file: string | null;
  symbol: string | null;
  remediationMinutes: number;
}

export type ModuleState =
  /** Compared between two different scans. */
  | "compared"
  /** In the end scan but not the start scan: all its findings are added. */
  | "added"
  /** In the start scan but gone from the end scan: all its findings are paid. */
  | "removed"
  /** In neither scan. */
  | "absent"
  /** The project has no scan at or before the sprint's start. */
  | "no_start_scan"
  /** No scan of the project after the start scan yet. */
  | "waiting";

export interface MinutesChange {
  paid: CategoryMinutes;
  added: CategoryMinutes;
  paidTotal: number;
  addedTotal: number;
  /** Change in debt minutes, added − paid: negative when the debt went down. */
  net: number;
}

export interface ModuleDiff extends MinutesChange {
  moduleId: string;
  name: string;
  state: ModuleState;
}

export type PaydownState = "compared" | "no_debt_modules" | "no_start_scan" | "waiting";

export interface PaydownDiff extends MinutesChange {
  state: PaydownState;
  modules: ModuleDiff[];
  /** Linked findings present at the start and gone at the end. */
  resolved: LinkedFinding[];
  /** Linked findings still there at the end (or not comparable yet). */
  open: LinkedFinding[];
}

function change(paid: CategoryMinutes, added: CategoryMinutes): MinutesChange {
  const paidTotal = totalMinutes(paid);
  const addedTotal = totalMinutes(added);
  return { paid, added, paidTotal, addedTotal, net: addedTotal - paidTotal };
}

function addInto(target: CategoryMinutes, findings: Iterable<DiffFinding>) {
  for (const f of findings) target[f.category] += f.minutes;
}

function moduleDiff(m: TouchedModule, scans: ProjectScans | undefined): { diff: ModuleDiff; gone: Set<string> } {
  const paid = emptyCategoryMinutes();
  const added = emptyCategoryMinutes();
  const gone = new Set<string>();
  const done = (state: ModuleState) => ({ diff: { moduleId: m.moduleId, name: m.name, state, ...change(paid, added) }, gone });
  if (!scans?.start) return done("no_start_scan");
  const { start, end } = scans;
  if (!end || end.scanId === start.scanId || end.scannedAt <= start.scannedAt) return done("waiting");
  const before = start.modules[m.moduleId];
  const after = end.modules[m.moduleId];
  if (!before && !after) return done("absent");
  const afterPrints = new Set((after ?? []).map((f) => f.fingerprint));
  const beforePrints = new Set((before ?? []).map((f) => f.fingerprint));
  const disappeared = (before ?? []).filter((f) => !afterPrints.has(f.fingerprint));
  addInto(paid, disappeared);
  addInto(added, (after ?? []).filter((f) => !beforePrints.has(f.fingerprint)));
  for (const f of disappeared) gone.add(f.fingerprint);
  return done(!before ? "added" : !after ? "removed" : "compared");
}

/** Paid versus added debt minutes per touched module, per category and in total. */
export function diffPaydown(input: {
  modules: TouchedModule[];
  linked: LinkedFinding[];
  projects: Record<string, ProjectScans>;
}): PaydownDiff {
  const seen = new Set<string>();
  const modules: ModuleDiff[] = [];
  const goneByModule = new Map<string, Set<string>>();
  for (const m of input.modules) {
    if (seen.has(m.moduleId)) continue;
    seen.add(m.moduleId);
    const { diff, gone } = moduleDiff(m, input.projects[m.projectId]);
    modules.push(diff);
    goneByModule.set(m.moduleId, gone);
  }
  modules.sort((a, b) => a.net - b.net || a.name.localeCompare(b.name));
  const paid = emptyCategoryMinutes();
  const added = emptyCategoryMinutes();
  for (const d of modules) {
    for (const c of Object.keys(paid) as Category[]) {
      paid[c] += d.paid[c];
      added[c] += d.added[c];
    }
  }
  const resolved: LinkedFinding[] = [];
  const open: LinkedFinding[] = [];
  for (const f of input.linked) (goneByModule.get(f.moduleId)?.has(f.fingerprint) ? resolved : open).push(f);
  const comparable = modules.filter((d) => d.state !== "no_start_scan" && d.state !== "waiting");
  const state: PaydownState = !modules.length
    ? "no_debt_modules"
    : comparable.length
      ? "compared"
      : modules.some((d) => d.state === "waiting")
        ? "waiting"
        : "no_start_scan";
  return { state, modules, resolved, open, ...change(paid, added) };
}

/** The modules a sprint's debt work touched: each item's modules plus the modules of its linked findings. */
export function touchedModuleIds(items: Array<{ type: string; status: string; moduleIds: string[]; findings: Array<{ moduleId: string }> }>): string[] {
  const ids = new Set<string>();
  for (const it of items) {
    if (it.type !== "debt" || it.status === "dropped") continue;
    for (const id of it.moduleIds) ids.add(id);
    for (const f of it.findings) ids.add(f.moduleId);
  }
  return [...ids];
}
