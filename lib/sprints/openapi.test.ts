import { describe, expect, it } from "vitest";
import { buildOpenApi } from "@/lib/ingest/openapi";
import { sprintsOpenApi } from "./openapi";

describe("sprintsOpenApi", () => {
  it("documents the three sprint endpoints with their schemas and error answers", () => {
    const doc = buildOpenApi("1", [sprintsOpenApi]);
    const paths = doc.paths as Record<string, Record<string, { responses: Record<string, unknown> }>>;
    expect(Object.keys(paths)).toEqual(expect.arrayContaining(["/api/v1/sprints", "/api/v1/sprints/{id}/items", "/api/v1/sprints/{id}/budget"]));
    expect(Object.keys(paths["/api/v1/sprints"].post.responses)).toEqual(expect.arrayContaining(["201", "200", "400", "404", "409", "401"]));
    expect(Object.keys(paths["/api/v1/sprints/{id}/budget"].get.responses)).toEqual(expect.arrayContaining(["200", "404", "401"]));
    const schemas = doc.components.schemas as Record<string, { properties?: Record<string, unknown>; allOf?: unknown[] }>;
    // The item contract as clients see it: the enums of the shared zod schema.
    const items = JSON.stringify(schemas.WorkItems);
    for (const word of ["feature", "debt", "in_progress", "dropped", "complexity", "externalKey", "modules"]) expect(items).toContain(word);
    expect(JSON.stringify(schemas.SprintInput)).toContain("startDate");
  });
});
