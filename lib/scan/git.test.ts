import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CatFile } from "./git";

const dir = mkdtempSync(join(tmpdir(), "paydown-catfile-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function blob(content: Buffer): string {
  const path = join(dir, "blob");
  writeFileSync(path, content);
  return execFileSync("git", ["hash-object", "-w", path], { cwd: dir, encoding: "utf8" }).trim();
}

describe("CatFile", () => {
  execFileSync("git", ["init", "-q"], { cwd: dir });

  it("serves interleaved big and small objects in order, each exactly, and a missing one as an error", async () => {
    // Several MB arrive in many pipe chunks; small ones may share a chunk with a big one's tail.
    const contents = [
      Buffer.alloc(3_000_001, "a"),
      Buffer.from("small\n"),
      Buffer.from(""),
      Buffer.from(Array.from({ length: 200_000 }, (_, i) => String.fromCharCode(32 + (i % 90))).join("")),
      Buffer.from("x\ny\n"),
      Buffer.from("é😀\n".repeat(40_000)),
    ];
    const ids = contents.map(blob);
    const cat = new CatFile(dir);
    try {
      const missing = cat.read("0".repeat(40));
      const reads = ids.map((id) => cat.read(id));
      await expect(missing).rejects.toThrow(/missing/);
      const got = await Promise.all(reads);
      got.forEach((b, i) => expect(Buffer.compare(b, contents[i]!)).toBe(0));
      // Served again after the burst: nothing left over from the earlier output.
      expect((await cat.read(ids[1]!)).toString()).toBe("small\n");
    } finally {
      cat.close();
    }
  });
});
