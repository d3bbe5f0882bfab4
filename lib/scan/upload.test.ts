import { createServer, type Server } from "node:http";
import { gunzipSync } from "node:zlib";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { scansEndpoint, uploadScan } from "./upload";

let server: Server | undefined;
afterEach(() => new Promise<void>((r) => (server ? server.close(() => r()) : r())));

async function serve(responses: Array<[number, unknown]>) {
  const seen: Array<{ auth: string | undefined; url: string | undefined; body: string; encoding: string | undefined; bytes: number }> = [];
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const raw = Buffer.concat(chunks);
      const encoding = req.headers["content-encoding"];
      const body = (encoding === "gzip" ? gunzipSync(raw) : raw).toString("utf8");
      seen.push({ auth: req.headers.authorization, url: req.url, body, encoding, bytes: raw.length });
      const [status, payload] = responses[Math.min(seen.length - 1, responses.length - 1)]!;
      res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(payload));
    });
  });
  await new Promise<void>((r) => server!.listen(0, "127.0.0.1", r));
  return { url: `http://127.0.0.1:${(server!.address() as AddressInfo).port}/`, seen };
}

const noSleep = async () => {};

describe("uploadScan", () => {
  it("retries a 500 with backoff, then reports the 201", async () => {
    const { url, seen } = await serve([
      [500, { error: { code: "internal", message: "db down" } }],
      [201, { created: true, scan: { id: "scan_1", modules: 3, findings: 7 } }],
    ]);
    const delays: number[] = [];
    const res = await uploadScan({ hello: 1 }, { url, token: "tok", sleep: noSleep, baseDelayMs: 100, onRetry: (_a, _r, d) => delays.push(d) });
    expect(res).toMatchObject({ status: 201, created: true, scan: { id: "scan_1" } });
    expect(seen).toHaveLength(2);
    expect(seen[0]).toMatchObject({ auth: "Bearer tok", url: "/api/v1/scans", body: '{"hello":1}', encoding: "gzip" });
    // The retry sends the same compressed bytes.
    expect(seen[1]).toEqual(seen[0]);
    expect(delays).toEqual([100]);
  });

  it("sends a large document gzip-compressed, well under its JSON size", async () => {
    const { url, seen } = await serve([[201, { created: true, scan: { id: "s" } }]]);
    const doc = { modules: Array.from({ length: 5000 }, (_, i) => ({ name: `m${i}`, findings: [{ message: "complexity 12 over 10" }] })) };
    await uploadScan(doc, { url, token: "t", sleep: noSleep });
    expect(seen[0]!.encoding).toBe("gzip");
    expect(JSON.parse(seen[0]!.body)).toEqual(doc);
    expect(seen[0]!.bytes).toBeLessThan(JSON.stringify(doc).length / 5);
  });

  it("sends the serialised bytes it is given, compressed or not, and falls back to them after a 415", async () => {
    const bytes = Buffer.from('{"given":"caf\u00e9"}');
    const plain = await serve([[201, {}]]);
    await uploadScan({ ignored: true }, { url: plain.url, token: "t", sleep: noSleep, gzip: false, json: bytes });
    expect(plain.seen[0]).toMatchObject({ encoding: undefined, body: '{"given":"caf\u00e9"}' });
    await new Promise<void>((r) => server!.close(() => r()));
    const { url, seen } = await serve([[415, { error: { code: "unsupported_encoding", message: "no gzip" } }], [201, {}]]);
    await uploadScan({ ignored: true }, { url, token: "t", sleep: noSleep, json: bytes });
    expect(seen.map((x) => [x.encoding, x.body])).toEqual([["gzip", '{"given":"caf\u00e9"}'], [undefined, '{"given":"caf\u00e9"}']]);
  });

  it("sends uncompressed when asked, and once more uncompressed after a 415 to gzip", async () => {
    const plain = await serve([[201, {}]]);
    await uploadScan({ a: 1 }, { url: plain.url, token: "t", sleep: noSleep, gzip: false });
    expect(plain.seen[0]).toMatchObject({ encoding: undefined, body: '{"a":1}' });
    await new Promise<void>((r) => server!.close(() => r()));
    const { url, seen } = await serve([[415, { error: { code: "unsupported_encoding", message: "no gzip" } }], [201, {}]]);
    const res = await uploadScan({ a: 2 }, { url, token: "t", attempts: 1, sleep: noSleep });
    expect(res.status).toBe(201);
    expect(seen.map((s) => [s.encoding, s.body])).toEqual([["gzip", '{"a":2}'], [undefined, '{"a":2}']]);
  });

  it("never retries a 4xx and surfaces the server's message", async () => {
    const { url, seen } = await serve([[400, { error: { code: "invalid_scan_document", message: "Invalid scan_document: modules: Too small" } }]]);
    await expect(uploadScan({}, { url, token: "t", sleep: noSleep })).rejects.toThrow("upload rejected (HTTP 400): Invalid scan_document: modules: Too small");
    expect(seen).toHaveLength(1);
  });

  it("gives up after the last attempt with exponential delays", async () => {
    const { url, seen } = await serve([[503, "busy"]]);
    const delays: number[] = [];
    await expect(
      uploadScan({}, { url, token: "t", attempts: 4, baseDelayMs: 10, sleep: noSleep, onRetry: (_a, _r, d) => delays.push(d) }),
    ).rejects.toThrow(/failed after 4 attempts: HTTP 503/);
    expect(seen).toHaveLength(4);
    expect(delays).toEqual([10, 20, 40]);
  });

  it("retries network errors", async () => {
    const { url } = await serve([[200, {}]]);
    const port = Number(new URL(url).port);
    await new Promise<void>((r) => server!.close(() => r()));
    server = undefined;
    const reasons: string[] = [];
    await expect(
      uploadScan({}, { url: `http://127.0.0.1:${port}`, token: "t", attempts: 2, sleep: noSleep, onRetry: (_a, r) => reasons.push(r) }),
    ).rejects.toThrow(/ECONNREFUSED/);
    expect(reasons).toEqual(["ECONNREFUSED"]);
  });

  it("builds the endpoint from a base URL with or without a trailing slash", () => {
    expect(scansEndpoint("https://debt.acme.io/")).toBe("https://debt.acme.io/api/v1/scans");
    expect(scansEndpoint("https://acme.io/paydown")).toBe("https://acme.io/paydown/api/v1/scans");
  });
});
