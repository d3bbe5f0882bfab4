import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scanDocumentSchema, type ScanDocument } from "../ingest/schema";
import { main } from "./cli";
import { commit, git, write } from "./test-repo";

const fn = (name: string, branches: number) =>
  `def ${name}(x):\n` + Array.from({ length: branches }, (_, i) => `    if x == ${i}:\n        return ${i}\n`).join("") + "    return -1\n";

/** Twelve lines of the same shape: a clone wherever two of these meet. */
const block = (prefix: string) =>
  Array.from({ length: 12 }, (_, i) => `def ${prefix}${i}(a, b):\n    c = a * b + ${i}\n    return c - a if c > 10 else c + b\n`).join("\n");

/** Code that repeats nothing of its own: its windows have a twin only where it is copied. */
const distinct = (p: string) => `def ${p}_load(path, mode):
    with open(path, mode) as handle:
        data = handle.read()
    if not data:
        raise ValueError(path)
    return data.split(",")


class ${p.toUpperCase()}Parser:
    def __init__(self, text):
        self.text = text
        self.items = []

    def parse(self):
        for part in self.text.split(";"):
            key, _, value = part.partition("=")
            if key and value:
                self.items.append((key.strip(), value.strip()))
        return dict(self.items)
`;

function io(cwd: string) {
  const err: string[] = [];
  return { io: { stdout: () => undefined, stderr: (t: string) => void err.push(t), env: {} as NodeJS.ProcessEnv, cwd }, err };
}

/** What a point must share with a plain scan of its commit (churn and commit fields aside). */
function comparable(doc: ScanDocument) {
  return { modules: doc.modules.map((m) => ({ ...m, churn: null })), skipped: doc.skipped };
}

describe("history backfill", () => {
  it("gives at every point the document a plain scan of that commit's tree gives", async () => {
    const root = mkdtempSync(join(tmpdir(), "paydown-history-eq-"));
    git(root, "init", "-q", "-b", "main");
    const weeks: Array<Record<string, string>> = [
      { "pkg/__init__.py": "", "pkg/core.py": fn("grade", 12), "pkg/copy_a.py": distinct("a"), "other/util.py": block("g") },
      { "pkg/core.py": fn("grade", 12) + "\n\n" + fn("extra", 3) },
      // A copy of an unchanged file: its windows gain a twin only through what arrived.
      { "pkg/copy_b.py": distinct("b") },
      { "pkg/copy_a.py": "# moved down\n\n\n" + distinct("a"), "README.md": "# Root\n" },
      { "pkg/core.py": '"""Core."""\n\n' + fn("grade", 14) },
      { "other/util.py": block("f") + "\n" + fn("tail", 11) },
      { "pkg/copy_b.py": block("h") },
      { "pkg/core.py": fn("grade", 2) },
    ];
    weeks.forEach((files, i) => {
      write(root, files);
      if (i === 5) git(root, "rm", "-q", "pkg/__init__.py");
      commit(root, `week ${i}`, new Date(Date.UTC(2024, 0, 1, 10) + i * 7 * 86_400_000).toISOString());
    });

    const out = mkdtempSync(join(tmpdir(), "paydown-history-eq-out-"));
    const run = io(root);
    expect(await main(["--history", "9w", "--every", "1w", "--json", join(out, "points") + "/", "--threads", "0", "--quiet"], run.io), run.err.join("")).toBe(0);
    const points = readdirSync(join(out, "points")).sort().map((f) => scanDocumentSchema.parse(JSON.parse(readFileSync(join(out, "points", f), "utf8"))));
    // More points than are queued ahead of the one being finished.
    expect(points).toHaveLength(8);

    for (const point of points) {
      git(root, "checkout", "-q", point.commit.sha);
      const single = join(out, `single-${point.commit.sha}.json`);
      const r = io(root);
      expect(await main(["--json", single, "--threads", "0", "--quiet"], r.io), r.err.join("")).toBe(0);
      const plain = scanDocumentSchema.parse(JSON.parse(readFileSync(single, "utf8")));
      expect(comparable(point), point.commit.message ?? "").toEqual(comparable(plain));
    }
    // The points really differ: complexity, clones and docs moved over the weeks.
    const core = points.map((p) => p.modules.find((m) => m.name === "pkg")!);
    expect(new Set(core.map((m) => m.complexity.maxCcn)).size).toBeGreaterThan(2);
    expect(new Set(core.map((m) => m.duplication.clones)).size).toBeGreaterThan(1);
  });
});
