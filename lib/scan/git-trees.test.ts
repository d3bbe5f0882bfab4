import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CatFile, CatFileCheck, commitInfo, commitInfos, git, type TreeEntry } from "./git";
import { GitRunner } from "./git-runner";
import { TreeLister } from "./git-trees";
import { VersionSchedule, gitSnapshot } from "./history";

const dir = mkdtempSync(join(tmpdir(), "paydown-trees-"));
const run = (...args: string[]) => execFileSync("git", args, { cwd: dir, encoding: "utf8" }).trim();
const commits: string[] = [];

/** The reference: `git ls-tree -r --long` of a commit, regular files only (what the lister replaces). */
async function lsTree(cwd: string, rev: string): Promise<TreeEntry[]> {
  const out = await git(cwd, ["ls-tree", "-r", "-z", "--long", "--full-tree", rev]);
  const entries: TreeEntry[] = [];
  for (const rec of out.split("\0")) {
    if (!rec) continue;
    // "<mode> SP <type> SP <object> SP* <size> TAB <path>"
    const tab = rec.indexOf("\t");
    const [mode, type, blob, size] = rec.slice(0, tab).split(/ +/);
    if (type !== "blob" || mode === "120000" || mode === "160000") continue;
    entries.push({ path: rec.slice(tab + 1), blob: blob!, size: Number(size) });
  }
  return entries;
}

function write(path: string, text: string): void {
  mkdirSync(join(dir, path, ".."), { recursive: true });
  writeFileSync(join(dir, path), text);
}

function commit(message: string): void {
  run("add", "-A");
  run("-c", "user.name=T", "-c", "user.email=t@example.com", "commit", "-q", "--allow-empty", "-m", message);
  commits.push(run("rev-parse", "HEAD"));
}

beforeAll(() => {
  run("init", "-q");
  write("a.py", "x = 1\n");
  write("src/pkg/mod.py", "def f():\n    return 1\n");
  write("src/pkg/ünïcode name.ts", "export const a = 1;\n");
  write("src/z-last.js", "");
  write("docs/readme.md", "# hi\n");
  symlinkSync("a.py", join(dir, "link.py"));
  commit("first\n\nwith a body line");
  // An unchanged subtree (docs/, src/pkg) is shared with the first commit's tree.
  write("src/z-last.js", "let b = 2;\n".repeat(1000));
  write("src/new/deep/file.py", "pass\n");
  commit("fix: second, with a \u001f separator-like char");
  rmSync(join(dir, "src/pkg"), { recursive: true });
  commit("third removes a directory");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A lister over the test repository, its cat-file processes closed afterwards. */
async function withLister(body: (lister: TreeLister) => Promise<void>): Promise<void> {
  const cat = new CatFile(dir);
  const check = new CatFileCheck(dir);
  try {
    await body(new TreeLister(cat, check));
  } finally {
    cat.close();
    check.close();
  }
}

describe("TreeLister", () => {
  it("lists each commit exactly as git ls-tree -r does (order, paths, blobs, sizes), regular files only", async () => {
    await withLister(async (lister) => {
      for (const sha of [...commits, commits[0]!]) {
        expect(await lister.list(sha)).toEqual(await lsTree(dir, sha));
      }
      expect((await lister.list(commits[0]!)).map((e) => e.path)).not.toContain("link.py");
      await expect(lister.list(run("rev-parse", `${commits[0]}^{tree}`))).rejects.toThrow(/not a commit/);
    });
  });

  it("lists a tree whose blob is absent (partial clone) with an unknown size, as ls-tree does", async () => {
    const blob = run("rev-parse", `${commits[2]}:src/new/deep/file.py`);
    const loose = join(dir, ".git", "objects", blob.slice(0, 2), blob.slice(2));
    const kept = readFileSync(loose);
    rmSync(loose);
    const cat = new CatFile(dir);
    const check = new CatFileCheck(dir);
    try {
      const listed = await new TreeLister(cat, check).list(commits[2]!);
      expect(listed).toEqual(await lsTree(dir, commits[2]!));
      expect(listed.find((e) => e.blob === blob)!.size).toBeNaN();
      // A snapshot has no size for it (the analysers weigh such a file by count, not by NaN bytes).
      const snapshot = await gitSnapshot(commits[2]!, cat, new TreeLister(cat, check));
      expect(snapshot.size!("src/new/deep/file.py")).toBeUndefined();
      expect(snapshot.size!("src/z-last.js")).toBe(11_000);
    } finally {
      cat.close();
      check.close();
      writeFileSync(loose, kept);
    }
  });

  it("answers sizes in order and a missing object as an error", async () => {
    const check = new CatFileCheck(dir);
    try {
      const blob = run("rev-parse", `${commits[1]}:src/z-last.js`);
      const [missing, size] = [check.size("0".repeat(40)), check.size(blob)];
      await expect(missing).rejects.toThrow(/missing/);
      expect(await size).toBe(11_000);
    } finally {
      check.close();
    }
  });
});

describe("VersionSchedule", () => {
  it("gives, per path and point, the next point whose content differs (gone and back unchanged is no change)", async () => {
    await withLister(async (lister) => {
      const [c0, c1, c2] = commits as [string, string, string];
      const schedule = await VersionSchedule.list(lister, [c0, c1, c2, c0, c1]);
      expect(schedule.nextUse("a.py", 0)).toBe(Infinity);
      expect([0, 1, 2, 3, 4].map((i) => schedule.nextUse("src/z-last.js", i))).toEqual([1, 3, 3, 4, Infinity]);
      expect(schedule.nextUse("src/new/deep/file.py", 0)).toBe(1);
      expect(schedule.nextUse("src/new/deep/file.py", 1)).toBe(Infinity);
      expect(schedule.nextUse("src/pkg/mod.py", 0)).toBe(Infinity);
      expect(schedule.nextUse("no/such.py", 0)).toBe(Infinity);
      // Under a prefix, paths are relative to it, as gitSnapshot gives them.
      const sub = await VersionSchedule.list(lister, [c0, c1], "src/");
      expect(sub.nextUse("z-last.js", 0)).toBe(1);
      expect(sub.nextUse("src/z-last.js", 0)).toBe(Infinity);
      expect(sub.nextUse("a.py", 0)).toBe(Infinity);
      // Paths with a later version, weighed by the bytes of every version (for the analysers' homes).
      const size = async (rev: string, path: string) => (await lister.list(rev)).find((e) => e.path === path)!.size;
      const changing = new Map(schedule.changingPaths());
      expect(changing.has("a.py")).toBe(false);
      expect(changing.get("src/z-last.js")).toBe(
        (await size(c0, "src/z-last.js")) + (await size(c1, "src/z-last.js")) + (await size(c0, "src/z-last.js")) + (await size(c1, "src/z-last.js")),
      );
    });
  });
});

describe("commitInfos", () => {
  it("gives every commit what commitInfo gives for it, in one git call", async () => {
    const all = await commitInfos(dir, commits);
    expect(all.size).toBe(commits.length);
    for (const sha of commits) expect(all.get(sha)).toEqual(await commitInfo(dir, sha));
    expect(all.get(commits[0]!)!.message).toBe("first\n\nwith a body line");
  });
});

describe("GitRunner", () => {
  it("runs git in a helper process, answers out of order calls by id, and reports git's error", async () => {
    const runner = new GitRunner();
    try {
      const [head, bad, count] = await Promise.allSettled([
        runner.git(dir, ["rev-parse", "HEAD"]),
        runner.git(dir, ["rev-parse", "--verify", "no-such-ref"]),
        runner.git(dir, ["rev-list", "--count", "HEAD"]),
      ]);
      expect(head).toEqual({ status: "fulfilled", value: `${commits[2]}\n` });
      expect(bad.status).toBe("rejected");
      expect(String((bad as PromiseRejectedResult).reason)).toMatch(/no-such-ref|Needed a single revision/);
      expect(count).toEqual({ status: "fulfilled", value: "3\n" });
    } finally {
      runner.close();
    }
  });
});
