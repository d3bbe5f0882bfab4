import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GRAPH_FORMAT, parseGraph, windowBounds, windowCommits, type GraphCommit } from "./churn-windows";
import { commit, git, write } from "./test-repo";

describe("windowCommits", () => {
  let root: string;
  const tips: Array<{ sha: string; date: string }> = [];

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), "churn-windows-"));
    git(root, "init", "-q", "-b", "main");
    const day = (d: number, h = 12) => `2026-03-${String(d).padStart(2, "0")}T${String(h).padStart(2, "0")}:00:00Z`;
    const tip = () => git(root, "rev-parse", "HEAD").trim();
    const step = (files: Record<string, string>, message: string, date: string) => {
      write(root, files);
      commit(root, message, date);
    };
    // A line of commits with a side branch merged back, a commit dated before its parent
    // (clock skew), two commits with the same time, and one dated after the tip.
    step({ "a.txt": "1" }, "c1", day(1));
    step({ "a.txt": "2" }, "c2", day(3));
    git(root, "checkout", "-q", "-b", "side");
    step({ "b.txt": "1" }, "s1", day(4));
    step({ "b.txt": "2" }, "s2 skewed", day(2));
    step({ "b.txt": "3" }, "s3 same time as c4", day(5));
    git(root, "checkout", "-q", "main");
    step({ "a.txt": "3" }, "c3", day(5));
    step({ "a.txt": "4" }, "c4 same time", day(5));
    tips.push({ sha: tip(), date: day(5) });
    execMerge(root, day(10));
    tips.push({ sha: tip(), date: day(10) });
    step({ "a.txt": "5" }, "c5 future", day(20));
    step({ "a.txt": "6" }, "c6", day(12));
    tips.push({ sha: tip(), date: day(12) });
    step({ "a.txt": "7" }, "c7", day(14));
    tips.push({ sha: tip(), date: day(14) });
  });

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it.each([1, 2, 4, 7, 30])("lists what git log --since --until lists, in its order (%i-day windows)", (days) => {
    const since = Math.min(...tips.map((t) => windowBounds(t.date, days).since));
    const graph = new Map<string, GraphCommit>();
    parseGraph(git(root, "log", `--format=${GRAPH_FORMAT}`, `--since=${new Date(since * 1000).toISOString()}`, ...tips.map((t) => t.sha), "--"), graph);
    for (const t of tips) {
      const until = new Date(t.date);
      const from = new Date(until.getTime() - days * 86_400_000);
      const expected = git(root, "log", "--format=%H", `--since=${from.toISOString()}`, `--until=${until.toISOString()}`, t.sha, "--").split("\n").filter(Boolean);
      const { since: s, until: u } = windowBounds(t.date, days);
      expect(windowCommits(graph, t.sha, s, u)).toEqual(expected);
    }
  });

  it("is null for a commit the graph does not hold", () => {
    expect(windowCommits(new Map(), "f".repeat(40), 0, 1)).toBeNull();
  });
});

function execMerge(root: string, date: string): void {
  process.env.D = date;
  try {
    git(root, "merge", "-q", "--no-ff", "-m", "merge side", "side");
  } finally {
    delete process.env.D;
  }
}
