import { expect } from "vitest";
import { DEFAULT_DEBT_MODEL } from "@/lib/debt/schema";
import { ingestScan } from "@/lib/ingest/mutations";
import { sampleScanDocument } from "@/lib/ingest/sample-document";
import { scanDocumentSchema } from "@/lib/ingest/schema";
import { MEMBERS_READ, type PageEntry, type RouteCase } from "../types";
import type { Persona, World } from "../world";

// The organization portfolio: members (any role) read the page and its CSV exports; anonymous
// callers get 401 from the export (a download, not a page) and the sign-in redirect on the page.

const exportCsv = async (org: string, table = "projects") =>
  (await import("@/app/orgs/[org]/portfolio/export/route")).GET(new Request(`http://paydown.test/orgs/${org}/portfolio/export?table=${table}`), {
    params: Promise.resolve({ org }),
  });

const scanShopAndWeb = async (w: World) => {
  const doc = scanDocumentSchema.parse(sampleScanDocument());
  await ingestScan({ orgId: w.acme.id, projectId: w.shop.id }, doc, DEFAULT_DEBT_MODEL);
  await ingestScan({ orgId: w.other.id, projectId: w.web.id }, doc, DEFAULT_DEBT_MODEL);
};

const expected: Record<Persona, number> = { anonymous: 401, viewer: 200, member: 200, admin: 200, outsider: 404 };

export const routes: Record<string, RouteCase[]> = {
  "app/orgs/[org]/portfolio/export/route.ts GET": [
    ...(Object.keys(expected) as Persona[]).map((p) => ({
      name: `${p} exports acme's projects`,
      as: p === "anonymous" ? undefined : p,
      run: async (w: World) => {
        await scanShopAndWeb(w);
        return exportCsv("acme");
      },
      status: expected[p],
      check:
        expected[p] === 200
          ? async (_w: World, res: Response) => {
              expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
              const rows = (await res.text()).trimEnd().split("\r\n").map((l) => l.split(",")[0]);
              expect(rows).toEqual(["project", "shop", ""]); // shop and the org total; never other's web
            }
          : undefined,
    })),
    {
      name: "the outsider's own org shows only its own project",
      as: "outsider",
      run: async (w) => {
        await scanShopAndWeb(w);
        return exportCsv("other", "modules");
      },
      status: 200,
      check: async (_w, res) => {
        const projects = new Set((await res.text()).trimEnd().split("\r\n").slice(1).map((l) => l.split(",")[1]));
        expect([...projects]).toEqual(["web"]);
      },
    },
  ],
};

export const pages: Record<string, PageEntry> = {
  "app/orgs/[org]/portfolio/page.tsx": {
    params: () => ({ org: "acme" }),
    searchParams: () => ({ bucket: "quarter", range: "all", team: "platform", sprints: "3" }),
    expect: MEMBERS_READ,
  },
};
