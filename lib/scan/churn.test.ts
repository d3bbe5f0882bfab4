import { describe, expect, it } from "vitest";
import { churnByModule, isBugfixMessage, parseChurnLog } from "./churn";

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
