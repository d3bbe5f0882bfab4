import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeOutput, type CliIo } from "./output";

const dir = mkdtempSync(join(tmpdir(), "paydown-output-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const io: CliIo = { cwd: dir, env: { NODE_ENV: "test" }, stdout: () => {}, stderr: () => {} };

describe("writeOutput", () => {
  it("writes pieces in order across several writev batches, empty pieces included, replacing the file", async () => {
    const pieces = Array.from({ length: 2500 }, (_, i) => Buffer.from(i % 7 === 0 ? "" : `${i},é;`));
    await writeOutput("out/doc.json", [Buffer.from("stale content that is longer than nothing")], io);
    await writeOutput("out/doc.json", pieces, io);
    expect(readFileSync(join(dir, "out/doc.json"))).toEqual(Buffer.concat(pieces));
    await writeOutput("out/doc.json", [], io);
    expect(readFileSync(join(dir, "out/doc.json")).length).toBe(0);
  });

  it("reports a path it cannot write as a scan error naming it", async () => {
    await writeOutput("file.json", "x", io);
    await expect(writeOutput("file.json/inner.json", [Buffer.from("x")], io)).rejects.toThrow(/^cannot write file\.json\/inner\.json: E[A-Z]+$/);
  });
});
