import type { CloneResult } from "./detect-clones";

export interface ModuleDuplication {
  /** Sum of the files' code lines (distinct lines holding a token): the denominator. */
  lines: number;
  /** Sum of the files' duplicated lines; a file belongs to one module, so no line counts twice. */
  duplicatedLines: number;
  /** Clones with at least one occurrence in the module; a clone spanning two modules counts in each. */
  clones: number;
}

/**
 * Per-module duplication. moduleOf returns null or undefined for files outside every module;
 * they and the clone occurrences in them are left out. Every module holding an analysed file
 * appears, with zeros when it has no duplication. Duplicated % of a module is
 * duplicatedLines / lines (0 when lines is 0), never above 100%.
 */
export function aggregateByModule(
  result: Pick<CloneResult, "clones" | "duplicatedLinesByFile" | "codeLinesByFile">,
  moduleOf: (path: string) => string | null | undefined,
  /** Each clone's sides' modules, in `result.clones` order, when the caller has them at hand (else moduleOf of each side). */
  cloneModules?: ReadonlyArray<readonly [string | null | undefined, string | null | undefined]>,
): Map<string, ModuleDuplication> {
  const modules = new Map<string, ModuleDuplication>();
  const entry = (name: string): ModuleDuplication => {
    let m = modules.get(name);
    if (!m) {
      m = { lines: 0, duplicatedLines: 0, clones: 0 };
      modules.set(name, m);
    }
    return m;
  };
  for (const [path, lines] of result.codeLinesByFile) {
    const name = moduleOf(path);
    if (name != null) entry(name).lines += lines;
  }
  for (const [path, lines] of result.duplicatedLinesByFile) {
    const name = moduleOf(path);
    if (name != null) entry(name).duplicatedLines += lines;
  }
  for (const [i, clone] of result.clones.entries()) {
    const [first, second] = cloneModules?.[i] ?? [moduleOf(clone.a.path), moduleOf(clone.b.path)];
    if (first != null) entry(first).clones++;
    if (second != null && second !== first) entry(second).clones++;
  }
  return modules;
}
