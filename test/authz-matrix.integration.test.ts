import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";

// The only stand-ins: who is signed in (the session lookup boundary) and Next's
// request-scoped helpers, which need a running Next server. The database is real.
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "198.51.100.1" }) }));
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "1";

const { prisma } = await import("@/lib/db/client");
const { resetLimiters } = await import("@/lib/auth/limiters");
const { createWorld } = await import("./authz/world");
const { discoverActions, discoverRoutes } = await import("./authz/discover");
const { form, outcomeOf } = await import("./authz/outcome");
const { loadEntries } = await import("./authz/entries");
type Persona = import("./authz/world").Persona;

const { actions: ACTIONS, routes: ROUTES } = await loadEntries();

beforeEach(() => {
  session.user = null;
  resetLimiters();
});

describe("authorization matrix", () => {
  it("has an entry for every route handler and every server action", async () => {
    expect(await discoverRoutes()).toEqual(Object.keys(ROUTES).sort());
    expect(await discoverActions()).toEqual(Object.keys(ACTIONS).sort());
  });

  // Denied personas first, so nothing they could have changed hides a later success.
  const order: Persona[] = ["anonymous", "viewer", "member", "outsider", "admin"];
  for (const [key, entry] of Object.entries(ACTIONS)) {
    it(`action ${key}`, async () => {
      const w = await createWorld();
      const [file, name] = key.split("#");
      const mod = await import(/* @vite-ignore */ `@/${file}`);
      const action = mod[name] as (prev: null, f: FormData) => Promise<unknown>;
      const got: Record<string, string> = {};
      for (const p of order) {
        session.user = w.sessions[p];
        got[p] = await outcomeOf(() => action(null, form(entry.input(w, p))));
      }
      expect(got).toEqual(entry.expect);
      if (entry.crossTenant) {
        session.user = w.sessions.outsider;
        expect(await outcomeOf(() => action(null, form(entry.crossTenant!(w))))).toBe("404");
      }
      if (entry.audit) {
        const events = await prisma.auditEvent.findMany({ where: { action: entry.audit } });
        expect(events.map((e) => e.orgId)).toEqual([w.acme.id]);
      }
    });
  }

  for (const [key, cases] of Object.entries(ROUTES)) {
    for (const c of cases) {
      it(`route ${key}: ${c.name} → ${c.status}`, async () => {
        const w = await createWorld();
        session.user = c.as ? w.sessions[c.as] : null;
        const res = await c.run(w);
        expect(res.status).toBe(c.status);
        await c.check?.(w, res);
      });
    }
  }
});
