import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { seededRandom } from "./seeded-random";
import { endsWindow, firstParentCommits, parseDuration, selectHistoryPoints, type FirstParentCommit } from "./history";

const DAY = 86_400;
const WEEK = 7 * DAY * 1000;
const T0 = 1_700_000_000;

describe("selectHistoryPoints", () => {
  it("takes the newest commit at or before each weekly boundary, oldest point first", () => {
    // newest first, as rev-list prints them
    const commits = [
      { sha: "h", time: T0 },
      { sha: "g", time: T0 - 2 * DAY },
      { sha: "f", time: T0 - 8 * DAY },
      { sha: "e", time: T0 - 9 * DAY },
      { sha: "d", time: T0 - 22 * DAY },
      { sha: "c", time: T0 - 40 * DAY },
    ];
    const points = selectHistoryPoints(commits, 4 * WEEK, WEEK);
    // boundaries: T0, T0-7d (f), T0-14d (d: no commit in that week), T0-21d (d again -> dropped)
    expect(points.map((p) => p.sha)).toEqual(["d", "f", "h"]);
    expect(points.at(-1)!.boundary).toBe(T0 * 1000);
  });

  it("yields one point per interval for a steady history and none before the first commit", () => {
    const commits = Array.from({ length: 100 }, (_, i) => ({ sha: `c${i}`, time: T0 - i * DAY }));
    expect(selectHistoryPoints(commits, 52 * WEEK, WEEK)).toHaveLength(15);
    expect(selectHistoryPoints(commits, 10 * WEEK, WEEK).map((p) => p.sha)).toEqual(
      [63, 56, 49, 42, 35, 28, 21, 14, 7, 0].map((i) => `c${i}`),
    );
    expect(selectHistoryPoints([], 52 * WEEK, WEEK)).toEqual([]);
  });

  it("uses the branch's walk order when commit times are out of order", () => {
    // A rebased commit with an old date sits on top of newer ones.
    const commits = [
      { sha: "top", time: T0 },
      { sha: "old-date", time: T0 - 20 * DAY },
      { sha: "mid", time: T0 - 10 * DAY },
    ];
    expect(selectHistoryPoints(commits, 2 * WEEK, WEEK).map((p) => p.sha)).toEqual(["old-date", "top"]);
  });
});

describe("endsWindow", () => {
  it("cuts the commit list where selectHistoryPoints stops reading, whatever the spans and time disorder", () => {
    for (let seed = 1; seed <= 300; seed++) {
      const r = seededRandom(seed);
      let time = T0;
      const commits: FirstParentCommit[] = Array.from({ length: 1 + r(80) }, (_, i) => {
        // Mostly older as the walk goes on, sometimes a commit dated out of order.
        time -= r(4) * DAY;
        return { sha: `c${i}`, time: r(8) === 0 ? time + r(20) * DAY : time };
      });
      const span = (1 + r(12)) * WEEK;
      const every = (1 + r(3)) * (r(2) ? WEEK : DAY * 1000);
      const cut = commits.findIndex((c) => endsWindow(commits[0]!, c, span, every));
      const read = cut < 0 ? commits : commits.slice(0, cut + 1);
      expect(selectHistoryPoints(read, span, every), `seed ${seed}`).toEqual(selectHistoryPoints(commits, span, every));
    }
  });
});

describe("firstParentCommits", () => {
  const repo = () => {
    const dir = mkdtempSync(join(tmpdir(), "paydown-revlist-"));
    const run = (args: string[], date?: string) =>
      execFileSync("git", args, { cwd: dir, env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date }, stdio: "pipe" });
    run(["init", "-q", "-b", "main"]);
    run(["config", "user.email", "t@example.com"]);
    run(["config", "user.name", "t"]);
    for (let day = 0; day < 30; day++) {
      writeFileSync(join(dir, "a.txt"), `${day}\n`);
      run(["add", "a.txt"]);
      run(["commit", "-q", "-m", `day ${day}`], `${T0 + day * DAY} +0000`);
    }
    return dir;
  };

  it("reads the whole line newest first, or only as far as a backfill's window needs", async () => {
    const dir = repo();
    const all = await firstParentCommits(dir, "HEAD");
    expect(all).toHaveLength(30);
    expect(all[0]!.time).toBe(T0 + 29 * DAY);
    const window = { spanMs: 2 * WEEK, everyMs: WEEK };
    const read = await firstParentCommits(dir, "HEAD", window);
    // Boundaries: day 29 and day 22; day 22's commit ends the window.
    expect(read.map((c) => c.time)).toEqual(all.slice(0, 8).map((c) => c.time));
    expect(selectHistoryPoints(read, window.spanMs, window.everyMs)).toEqual(selectHistoryPoints(all, window.spanMs, window.everyMs));
  });

  it("fails with git's message on a repository without commits", async () => {
    const dir = mkdtempSync(join(tmpdir(), "paydown-revlist-empty-"));
    execFileSync("git", ["init", "-q"], { cwd: dir });
    await expect(firstParentCommits(dir, "HEAD")).rejects.toThrow(/git rev-list failed: .*HEAD/);
  });
});

describe("parseDuration", () => {
  it("reads h/d/w/m/y and rejects the rest with the flag name", () => {
    expect(parseDuration("52w", "--history")).toBe(52 * WEEK);
    expect(parseDuration("90d", "--history")).toBe(90 * DAY * 1000);
    expect(parseDuration("1y", "--history")).toBe(365 * DAY * 1000);
    expect(() => parseDuration("52 weeks", "--every")).toThrow("--every");
    expect(() => parseDuration("0w", "--every")).toThrow("--every");
  });
});
