/**
 * The part of a file's last sweep that a sweep again would find unchanged (clone-history.ts).
 *
 * A sweep walks a file's windows in order and grows each window paired with an earlier twin into
 * a match; the next match starts past it (the floor). So the sweep up to some match depends only
 * on the windows before it and on what its matches read. A match of the last sweep is found again,
 * at the same floor, when every match up to it
 * - starts at a window before the first one that gained a new earliest twin at this point (the
 *   index upkeep records it), so no window before it looks up another twin;
 * - read only tokens of this file that did not change (below its first edit: windows there
 *   keep their offsets, and the token past its end, where growing stopped, is compared too);
 * - read only partner tokens that did not change, maybe shifted (a changed partner's kept run).
 * Windows between such matches had no earlier twin, or one in this file too close to pair:
 * removals elsewhere cannot give them one, and an insertion would have been recorded.
 * On SQLAlchemy's weekly backfill, about half the windows of the changed files swept again lie
 * before their first edit.
 */
import { cloneAt, sameClone, type Clone } from "./clone-match";
import { match, type FileState, type Match } from "./indexed-group";
import { shiftOf, type KeptRuns } from "./kept-runs";
import type { TokenStream } from "../types";
import { objectArray } from "../object-array";

/**
 * The clone object of the last point when the new one equals it in every field. Unchanged
 * clones then stay the same objects from point to point (in files not swept again they are
 * untouched), and the document step keys its per-clone findings, checks and JSON on identity.
 */
export function keepClone(old: Clone | undefined, clone: Clone | null): Clone | null {
  return old && clone && sameClone(old, clone) ? old : clone;
}

/**
 * How far a match's partner side moved (null: the partner went, or changed where the match
 * read): the tokens it compared, and the one past each end where growing stopped, must all be
 * in one kept run.
 */
export function shifted(m: Match, kept: KeptRuns | null): number | null {
  return kept ? shiftOf(kept, m.at - m.left - 1, m.at - m.left + m.length) : null;
}

export interface CarryContext {
  language: string;
  minLines: number;
  byId: ReadonlyArray<FileState | undefined>;
  /** This point's changed files' kept runs (null: the file went), by id. */
  kept: ReadonlyMap<number, KeptRuns | null>;
}

/**
 * The leading matches of `s`'s last sweep that a sweep again finds unchanged (`s` already holds
 * this point's tokens), re-read where a side moved; `floor` is where the sweep goes on.
 * `before`: the file's last token stream when it changed at this point; `affectedFrom`: its
 * first window with a new earliest twin.
 */
export function carriedMatches(
  s: FileState, before: TokenStream | undefined, affectedFrom: number, ctx: CarryContext,
): { matches: Match[]; floor: number } {
  const own = ctx.kept.get(s.id);
  // Tokens [0, unchangedTo) are the same in both versions (the common prefix run).
  const unchangedTo = own === undefined ? Number.MAX_SAFE_INTEGER : own && own.runs[0] === 0 && own.runs[2] === 0 ? own.runs[1]! : 0;
  const matches = objectArray<Match>();
  let floor = 0;
  for (const m of s.matches) {
    const from = m.k - m.left;
    const end = from + m.length;
    if (m.k >= affectedFrom || end >= unchangedTo) break;
    const partner = ctx.kept.get(m.partner);
    const shift = partner === undefined ? 0 : shifted(m, partner);
    if (shift === null) break;
    // Equal tokens may sit on other lines (a line break added or removed): the clone's lines are re-read.
    const moved = before !== undefined && (before.lines[from] !== s.tokens.lines[from] || before.lines[end - 1] !== s.tokens.lines[end - 1]);
    if (partner === undefined && !moved) matches.push(m);
    else {
      const at = m.at + shift;
      const clone = cloneAt(ctx.language, ctx.byId[m.partner]!, at - m.left, s, from, m.length, ctx.minLines);
      matches.push(match(m.k, m.partner, at, m.left, m.length, keepClone(m.clone ?? undefined, clone)));
    }
    floor = end;
  }
  return { matches, floor };
}
