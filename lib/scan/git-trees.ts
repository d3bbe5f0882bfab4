import type { CatFile, CatFileCheck, TreeEntry } from "./git";

interface Listed {
  path: string;
  blob: string;
}

/**
 * `git ls-tree -r --long` of commit after commit, read from the objects through the backfill's
 * long-running cat-file processes instead of one `git ls-tree` process per point: starting a
 * process from a scanner holding hundreds of MB cost ~20 ms each on the main thread. A subtree
 * whose SHA the previous commit also had is not read again, and a blob's size is asked once.
 */
export class TreeLister {
  private trees = new Map<string, Listed[]>();
  private readonly sizes = new Map<string, number>();

  constructor(private readonly cat: CatFile, private readonly check: CatFileCheck) {}

  /** Every regular-file blob of the commit's tree, in ls-tree order, with sizes. */
  async list(commit: string): Promise<TreeEntry[]> {
    const head = (await this.cat.read(commit)).toString("latin1", 0, 200);
    const m = /^tree ([0-9a-f]{40,64})\n/.exec(head);
    if (!m) throw new Error(`git object ${commit} is not a commit`);
    const used = new Map<string, Listed[]>();
    const listed = await this.flatten(m[1]!, used);
    // Only the latest commit's trees are kept: the next point shares most of them.
    this.trees = used;
    const unknown = [...new Set(listed.filter((e) => !this.sizes.has(e.blob)).map((e) => e.blob))];
    // A blob can be absent (partial clones, trimmed mirrors): its size is unknown, as ls-tree's "BAD".
    const sizes = await Promise.all(unknown.map((b) => this.check.size(b).catch(() => NaN)));
    unknown.forEach((b, i) => this.sizes.set(b, sizes[i]!));
    return listed.map((e) => ({ path: e.path, blob: e.blob, size: this.sizes.get(e.blob)! }));
  }

  private async flatten(tree: string, used: Map<string, Listed[]>): Promise<Listed[]> {
    const known = used.get(tree) ?? this.trees.get(tree);
    if (known) {
      used.set(tree, known);
      return known;
    }
    const body = await this.cat.read(tree);
    const raw = tree.length / 2;
    const parts: Array<Listed | Promise<Listed[]>> = [];
    const names: string[] = [];
    // Entries: "<mode> <name>\0" then the object id in raw bytes, in git's (ls-tree's) order.
    for (let at = 0; at < body.length; ) {
      const space = body.indexOf(32, at);
      const nul = body.indexOf(0, space);
      const mode = body.toString("latin1", at, space);
      const name = body.toString("utf8", space + 1, nul);
      const id = body.toString("hex", nul + 1, nul + 1 + raw);
      at = nul + 1 + raw;
      if (mode === "40000") {
        parts.push(this.flatten(id, used));
        names.push(`${name}/`);
      } else if (mode.startsWith("100")) {
        // Regular files only: symlinks (120000) and submodules (160000) are not source.
        parts.push({ path: name, blob: id });
        names.push("");
      }
    }
    const resolved = await Promise.all(parts);
    const out: Listed[] = [];
    resolved.forEach((p, i) => {
      if (Array.isArray(p)) for (const e of p) out.push({ path: names[i] + e.path, blob: e.blob });
      else out.push(p);
    });
    used.set(tree, out);
    return out;
  }
}
