import { describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";

// Same boundary as the action matrix: only the session lookup and Next's request-scoped helpers are stand-ins.
// Pages start work they do not await (promises streamed to client components), so the
// signed-in user is bound per request with AsyncLocalStorage, as a real request would be.
const session = vi.hoisted(() => ({ als: null as null | import("node:async_hooks").AsyncLocalStorage<SessionUser | null> }));
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => session.als?.getStore() ?? null }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ host: "paydown.test" }) }));
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "1";

const { AsyncLocalStorage } = await import("node:async_hooks");
session.als = new AsyncLocalStorage<SessionUser | null>();
const { createWorld, PERSONAS } = await import("./authz/world");
const { discoverPages } = await import("./authz/discover");
const { loadEntries } = await import("./authz/entries");
const { pages: PAGES } = await loadEntries();
const { DEFAULT_DEBT_MODEL } = await import("@/lib/debt/schema");
const { ingestScan } = await import("@/lib/ingest/mutations");
const { scanDocumentSchema } = await import("@/lib/ingest/schema");
const { sampleScanDocument } = await import("@/lib/ingest/sample-document");


/** Promises a page hands to client components (streamed data), found anywhere in its element tree. */
function streamedPromises(node: unknown, out: Array<PromiseLike<unknown>> = [], depth = 0): Array<PromiseLike<unknown>> {
  if (!node || typeof node !== "object" || depth > 50) return out;
  if (typeof (node as PromiseLike<unknown>).then === "function") out.push(node as PromiseLike<unknown>);
  else if (Array.isArray(node)) for (const n of node) streamedPromises(n, out, depth + 1);
  else if ("props" in node) for (const v of Object.values((node as { props: object }).props ?? {})) streamedPromises(v, out, depth + 1);
  return out;
}

async function pageOutcome(run: () => Promise<unknown>): Promise<string> {
  try {
    const tree = await run();
    // Let streamed work finish inside this request, as rendering would, before the next one.
    await Promise.allSettled(streamedPromises(tree));
    return "ok";
  } catch (err) {
    const digest = (err as { digest?: string }).digest ?? "";
    if (digest.startsWith("NEXT_REDIRECT;")) return `redirect:${digest.split(";")[2]}`;
    if (digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;")) return digest.split(";")[1];
    throw err;
  }
}

describe("page matrix", () => {
  it("has an entry for every page", () => {
    expect(discoverPages()).toEqual(Object.keys(PAGES).sort());
  });

  for (const [file, entry] of Object.entries(PAGES)) {
    it(`page ${file}`, async () => {
      const w = await createWorld();
      await ingestScan({ orgId: w.acme.id, projectId: w.shop.id }, scanDocumentSchema.parse(sampleScanDocument()), DEFAULT_DEBT_MODEL);
      const Page = (await import(/* @vite-ignore */ `@/${file}`)).default as (props: unknown) => Promise<unknown>;
      const got: Record<string, string> = {};
      for (const p of PERSONAS) {
        const props = { params: Promise.resolve(entry.params?.(w) ?? {}), searchParams: Promise.resolve(entry.searchParams?.(w) ?? {}) };
        got[p] = await session.als!.run(w.sessions[p], () => pageOutcome(() => Page(props)));
      }
      expect(got).toEqual(entry.expect);
    });
  }
});
