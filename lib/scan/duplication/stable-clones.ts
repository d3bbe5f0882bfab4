import { sameClone, type Clone } from "./clone-match";
import type { CloneResult } from "./detect-clones";

/**
 * Gives a clone found again at the next history point the object it had before. Detection runs
 * over the whole tree at every point and builds new objects, though most clones are the same;
 * with stable objects the document step can key its per-clone work (findings, their checks and
 * JSON) on identity instead of rebuilding it for ~17k clones per point on SQLAlchemy.
 * Two generations: a clone absent for a whole point is forgotten.
 */
export class CloneIdentity {
  private current: Generation = new Map();
  private previous: Generation = new Map();

  stabilise(result: CloneResult): CloneResult {
    this.previous = this.current;
    this.current = new Map();
    const clones = result.clones.map((c) => {
      const kept = find(this.previous, c) ?? find(this.current, c) ?? c;
      let byStart = this.current.get(kept.b.path);
      if (!byStart) this.current.set(kept.b.path, (byStart = new Map()));
      byStart.set(kept.b.startToken, kept);
      return kept;
    });
    return { ...result, clones };
  }
}

/*
 * By later side's path, then its first token: a token is in the later side of at most one clone
 * of a point, so that finds the one candidate, and every field is then compared. A string key of
 * all fields per clone per point had cost ~1 s of a SQLAlchemy backfill.
 */
type Generation = Map<string, Map<number, Clone>>;

function find(generation: Generation, c: Clone): Clone | undefined {
  const known = generation.get(c.b.path)?.get(c.b.startToken);
  return known && sameClone(known, c) ? known : undefined;
}
