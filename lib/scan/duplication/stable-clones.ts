import type { Clone, CloneResult } from "./detect-clones";

/**
 * Gives a clone found again at the next history point the object it had before. Detection runs
 * over the whole tree at every point and builds new objects, though most clones are the same;
 * with stable objects the document step can key its per-clone work (findings, their checks and
 * JSON) on identity instead of rebuilding it for ~17k clones per point on SQLAlchemy.
 * Two generations: a clone absent for a whole point is forgotten.
 */
export class CloneIdentity {
  private current = new Map<string, Clone>();
  private previous = new Map<string, Clone>();

  stabilise(result: CloneResult): CloneResult {
    this.previous = this.current;
    this.current = new Map();
    const clones = result.clones.map((c) => {
      const key = cloneKey(c);
      const known = this.previous.get(key) ?? this.current.get(key);
      const kept = known ?? c;
      this.current.set(key, kept);
      return kept;
    });
    return { ...result, clones };
  }
}

/** Every field of a clone: equal keys mean interchangeable objects. */
function cloneKey(c: Clone): string {
  const { a, b } = c;
  return `${c.language}\0${c.tokens}\0${c.lines}\0${c.fingerprint}\0${a.path}\0${a.startLine}\0${a.endLine}\0${a.startToken}\0${a.endToken}\0${b.path}\0${b.startLine}\0${b.endLine}\0${b.startToken}\0${b.endToken}`;
}
