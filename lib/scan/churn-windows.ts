/**
 * A history backfill's churn windows from one listing of the commit graph, instead of one
 * `git log --since --until <point>` per point (each a process of its own: ~4 ms of CPU, 50 of
 * them in a year of weekly points, on cores the analysers share).
 */

/** A commit of the listing: committer time in seconds, parents in order. */
export interface GraphCommit {
  time: number;
  parents: string[];
}

/** `git log` format of the listing parseGraph reads. */
export const GRAPH_FORMAT = "%H %ct %P";

export function parseGraph(out: string, into: Map<string, GraphCommit>): void {
  for (const line of out.split("\n")) {
    if (!line) continue;
    const [sha, time, ...parents] = line.split(" ");
    into.set(sha!, { time: Number(time), parents });
  }
}

/** git's since/until bounds, in seconds, for the window of `windowDays` before a commit date. */
export function windowBounds(commitDate: string, windowDays: number): { since: number; until: number } {
  const until = new Date(commitDate).getTime();
  return { since: Math.floor((until - windowDays * 86_400_000) / 1000), until: Math.floor(until / 1000) };
}

/**
 * What `git log --since=S --until=U rev` lists, in its order, read off the graph. git walks from
 * `rev` newest commit first (ties in the order it reached them), marks a commit seen when it
 * queues it, does not go past a commit older than S, and hides commits newer than U while still
 * walking through them. The graph must hold every commit that walk reaches at S or later (a
 * listing with --since at or before S from `rev` or its descendants does); one it lacks is older.
 * Null when `rev` itself is not in the graph.
 */
export function windowCommits(graph: ReadonlyMap<string, GraphCommit>, rev: string, since: number, until: number): string[] | null {
  if (!graph.has(rev)) return null;
  const queue = new CommitQueue();
  const seen = new Set<string>([rev]);
  queue.push(rev, graph.get(rev)!.time);
  const out: string[] = [];
  for (let sha = queue.pop(); sha !== undefined; sha = queue.pop()) {
    const commit = graph.get(sha);
    if (!commit || commit.time < since) continue;
    for (const parent of commit.parents) {
      if (seen.has(parent)) continue;
      seen.add(parent);
      // A parent missing from the graph is older than the window: queued only to be dropped.
      queue.push(parent, graph.get(parent)?.time ?? Number.NEGATIVE_INFINITY);
    }
    if (commit.time <= until) out.push(sha);
  }
  return out;
}

/** Newest first, and first queued first among equal times (git's commit_list_insert_by_date). */
class CommitQueue {
  private readonly heap: Array<{ sha: string; time: number; seq: number }> = [];
  private seq = 0;

  push(sha: string, time: number): void {
    const { heap } = this;
    heap.push({ sha, time, seq: this.seq++ });
    for (let i = heap.length - 1; i > 0; ) {
      const up = (i - 1) >> 1;
      if (!before(heap[i]!, heap[up]!)) break;
      [heap[i], heap[up]] = [heap[up]!, heap[i]!];
      i = up;
    }
  }

  pop(): string | undefined {
    const { heap } = this;
    if (heap.length === 0) return undefined;
    const top = heap[0]!;
    const last = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let best = i;
        if (l < heap.length && before(heap[l]!, heap[best]!)) best = l;
        if (r < heap.length && before(heap[r]!, heap[best]!)) best = r;
        if (best === i) break;
        [heap[i], heap[best]] = [heap[best]!, heap[i]!];
        i = best;
      }
    }
    return top.sha;
  }
}

function before(a: { time: number; seq: number }, b: { time: number; seq: number }): boolean {
  return a.time > b.time || (a.time === b.time && a.seq < b.seq);
}
