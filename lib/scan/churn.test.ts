import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { ChurnLogReader, churnByModule, isBugfixMessage, parseChurnLog, readChurnLog } from "./churn";
import { git } from "./git";

describe("isBugfixMessage", () => {
  it.each([
    ["fix: handle empty input", true],
    ["fix(api): 500 on empty body", true],
    ["Fix race in scheduler", true],
    ["Fixes #123", true],
    ["hotfix for login", true],
    ["Bug 4711: wrong total", true],
    ["bugfix release", true],
    ["Add prefix option", false],
    ["Move fixtures to tests/", false],
    ["debug logging for the importer", false],
    ["feat: new dashboard\n\nCo-authored-by: Bug Fixer <b@x>", false],
  ])("%j -> %s", (message, expected) => {
    expect(isBugfixMessage(message)).toBe(expected);
  });
});

describe("churn", () => {
  const log = [
    "\x1eaaa\x1fAlice@X.org\x1ffix: crash\n\x1d\n\napi/a.py\napi/b.py\nweb/c.ts\n",
    "\x1ebbb\x1falice@x.org\x1fFeature\n\nbody\x1d\n\napi/a.py\n",
    "\x1eccc\x1fbob@x.org\x1fMerge branch 'x'\x1d\n",
  ].join("");

  it("parses one git log pass and counts commits, distinct authors and bug fixes per module", () => {
    const commits = parseChurnLog(log);
    expect(commits.map((c) => [c.sha, c.author, c.files])).toEqual([
      ["aaa", "alice@x.org", ["api/a.py", "api/b.py", "web/c.ts"]],
      ["bbb", "alice@x.org", ["api/a.py"]],
      ["ccc", "bob@x.org", []],
    ]);
    const byModule = churnByModule(commits, (p) => p.split("/")[0]!);
    expect(Object.fromEntries(byModule)).toEqual({
      api: { commits: 2, authors: 1, bugfixCommits: 1 },
      web: { commits: 1, authors: 1, bugfixCommits: 1 },
    });
  });
});

describe("ChurnLogReader", () => {
  const root = execFileSync("git", ["rev-parse", "--show-toplevel"], { encoding: "utf8" }).trim();
  // Older points first, as a backfill goes; this repository's own first-parent history.
  const points = () =>
    execFileSync("git", ["log", "--first-parent", "--format=%H %cI", "-n", "40", "HEAD"], { cwd: root, encoding: "utf8" })
      .trim().split("\n").map((l) => l.split(" ") as [string, string]).filter((_, i) => i % 8 === 0).reverse();
  const recordingReader = () => {
    const calls: string[][] = [];
    return { calls, reader: new ChurnLogReader(root, (cwd, args) => (calls.push(args), git(cwd, args))) };
  };

  it("gives each of successive points what its own git log gives, reading a commit's files once", async () => {
    const { calls, reader } = recordingReader();
    let read = 0;
    for (const [sha, date] of points()) {
      const expected = await readChurnLog(root, sha, date, 3);
      expect(await reader.read(sha, date, 3)).toEqual(expected);
      read += expected.length;
    }
    const withFiles = calls.filter((a) => a.includes("--name-only"));
    const fetched = withFiles.reduce((n, a) => n + a.filter((x) => /^[0-9a-f]{40}$/.test(x)).length, 0);
    // Overlapping windows: fewer commits read with their files than the points list in all.
    expect(read).toBeGreaterThan(0);
    expect(fetched).toBeLessThan(read);
  });

  it("with the points planned, lists every window from one graph walk and reads every commit's files once", async () => {
    const { calls, reader } = recordingReader();
    const planned = points();
    reader.plan(planned.map(([sha, committedAt]) => ({ sha, committedAt })), 3);
    const windows = await Promise.all(planned.map(([sha, date]) => readChurnLog(root, sha, date, 3)));
    for (const [i, [sha, date]] of planned.entries()) expect(await reader.read(sha, date, 3)).toEqual(windows[i]);
    // One graph listing, then passes for the files: the first point's window alone (the first
    // document waits for nothing more), the others together; no commit twice, no per-point walk.
    const [graph, ...passes] = calls;
    expect(graph).toContain("--format=%H %ct %P");
    expect(passes.every((a) => a.includes("--no-walk=unsorted"))).toBe(true);
    const shasOf = (a: string[]) => a.filter((x) => /^[0-9a-f]{40}$/.test(x));
    if (windows[0]!.length) expect(new Set(shasOf(passes[0]!))).toEqual(new Set(windows[0]!.map((c) => c.sha)));
    const read = passes.flatMap(shasOf);
    expect(new Set(read).size).toBe(read.length);
    expect(passes.length).toBeLessThanOrEqual(2);
  });
});
