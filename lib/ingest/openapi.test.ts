import { describe, expect, it } from "vitest";
import { buildOpenApi } from "./openapi";

describe("buildOpenApi", () => {
  it("describes the scan upload with the contract's schema", () => {
    const doc = buildOpenApi("1");
    const schema = doc.components.schemas.ScanDocument as { properties: Record<string, unknown>; required: string[] };
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toContain("/api/v1/scans");
    expect(schema.required).toEqual(expect.arrayContaining(["schemaVersion", "commit", "scannedAt", "modules"]));
    expect(schema.properties.schemaVersion).toMatchObject({ const: 1 });
    expect(Object.keys(doc.paths["/api/v1/scans"].post.responses).sort()).toEqual(["200", "201", "400", "401", "413", "415", "429"]);
  });
});
