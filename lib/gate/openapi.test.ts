import { describe, expect, it } from "vitest";
import { buildOpenApi } from "@/lib/ingest/openapi";
import { gateOpenApi } from "./openapi";

describe("gate OpenAPI fragment", () => {
  const doc = buildOpenApi("test", [gateOpenApi]);
  it("documents both endpoints with the project token", () => {
    expect(doc.paths["/api/v1/baseline" as keyof typeof doc.paths]).toMatchObject({ get: { security: [{ projectToken: [] }] } });
    expect(doc.paths["/api/v1/gate-results" as keyof typeof doc.paths]).toMatchObject({ post: { security: [{ projectToken: [] }] } });
  });

  it("every schema it references is in the components, generated from the zod contracts", () => {
    const refs = [...JSON.stringify(gateOpenApi.paths).matchAll(/#\/components\/schemas\/(\w+)/g)].map((m) => m[1]!);
    for (const ref of refs) expect(doc.components.schemas).toHaveProperty(ref);
    const upload = doc.components.schemas["GateResultUpload" as keyof typeof doc.components.schemas] as { required: string[] };
    expect(upload.required).toEqual(expect.arrayContaining(["commitSha", "passed", "debtDelta", "report"]));
  });
});
