import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { readJsonBody } from "./body";
import { ApiError } from "./errors";

const req = (body: BodyInit, headers: Record<string, string> = {}) => new Request("http://x/", { method: "POST", body, headers });

async function failure(p: Promise<unknown>): Promise<ApiError> {
  try {
    await p;
  } catch (err) {
    return err as ApiError;
  }
  throw new Error("expected a failure");
}

describe("readJsonBody", () => {
  it("parses plain and gzip bodies", async () => {
    expect(await readJsonBody(req('{"a":1}'))).toEqual({ a: 1 });
    expect(await readJsonBody(req(gzipSync('{"a":2}'), { "content-encoding": "gzip" }))).toEqual({ a: 2 });
  });
  it("refuses a body over the limit, declared or streamed", async () => {
    expect((await failure(readJsonBody(req("x".repeat(100)), 10))).status).toBe(413);
    expect((await failure(readJsonBody(req("x".repeat(100), { "content-length": "100" }), 10))).code).toBe("payload_too_large");
  });
  it("caps what a small gzip body may expand to", async () => {
    const bomb = gzipSync(JSON.stringify({ pad: "0".repeat(5000) }));
    expect(bomb.length).toBeLessThan(200);
    const err = await failure(readJsonBody(req(bomb, { "content-encoding": "gzip" }), 200));
    expect(err.status).toBe(413);
  });
  it("answers 400 for broken gzip and invalid JSON, 415 for unknown encodings", async () => {
    expect((await failure(readJsonBody(req("not gzip", { "content-encoding": "gzip" })))).code).toBe("invalid_gzip");
    expect((await failure(readJsonBody(req("{nope")))).code).toBe("invalid_json");
    expect((await failure(readJsonBody(req("{}", { "content-encoding": "br" })))).status).toBe(415);
    expect((await failure(readJsonBody(req("  ")))).code).toBe("invalid_json");
  });
});
