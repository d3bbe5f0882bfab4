import { z } from "zod";
import { scanDocumentSchema } from "./schema";

export const errorSchema = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      properties: {
        code: { type: "string" },
        message: { type: "string" },
        issues: {
          type: "array",
          items: { type: "object", properties: { path: { type: "string" }, message: { type: "string" } } },
        },
      },
    },
  },
} as const;

export const errorResponse = (description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});

/** A domain's part of the OpenAPI description: its paths and component schemas. */
export interface OpenApiFragment {
  paths: Record<string, unknown>;
  schemas?: Record<string, unknown>;
}

/** JSON Schema of a zod schema, as OpenAPI 3.1 embeds it. */
export function jsonSchemaOf(schema: z.ZodType): Record<string, unknown> {
  const out = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
  delete out.$schema;
  return out;
}

/** The OpenAPI 3.1 description of Paydown's public API, generated from the zod contracts. */
export function buildOpenApi(version: string, fragments: OpenApiFragment[] = []) {
  const scanDocument = z.toJSONSchema(scanDocumentSchema, { io: "input", unrepresentable: "any" });
  delete (scanDocument as Record<string, unknown>).$schema;
  return {
    openapi: "3.1.0",
    info: {
      title: "Paydown API",
      version,
      description: "Upload scans of a repository's technical debt (docs/scan-format.md), sync sprints, read weekly reviews and CI baselines. Every endpoint takes a project token.",
    },
    components: {
      securitySchemes: { projectToken: { type: "http", scheme: "bearer", description: "Project ingest token (pd_...)" } },
      schemas: { ScanDocument: scanDocument, Error: errorSchema, ...Object.assign({}, ...fragments.map((f) => f.schemas ?? {})) },
    },
    paths: {
      "/api/v1/scans": {
        post: {
          summary: "Upload a scan document",
          description:
            "Stores the scan in one transaction. The same project and commit again returns the stored scan (200) and writes nothing.",
          security: [{ projectToken: [] }],
          requestBody: {
            required: true,
            content: { "application/json": { schema: { $ref: "#/components/schemas/ScanDocument" } } },
          },
          responses: {
            "201": { description: "Scan stored; body holds its id and summary." },
            "200": { description: "This commit was already stored; body holds the existing scan." },
            "400": errorResponse("Malformed JSON, schema violation or unsupported schemaVersion; `issues` names the fields."),
            "401": errorResponse("Missing, unknown or revoked project token."),
            "413": errorResponse("Body over the configured limit (PAYDOWN_MAX_SCAN_BYTES, default 20 MB)."),
            "415": errorResponse("Content-Encoding other than identity or gzip."),
            "429": errorResponse("Too many requests with bad tokens from this address; retry after the Retry-After header's seconds."),
          },
        },
      },
      ...Object.assign({}, ...fragments.map((f) => f.paths)),
    },
  };
}
