import { z } from "zod";
import { scanDocumentSchema } from "./schema";

const errorSchema = {
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

const errorResponse = (description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});

/** The OpenAPI 3.1 description of Paydown's public API, generated from the zod contract. */
export function buildOpenApi(version: string) {
  const scanDocument = z.toJSONSchema(scanDocumentSchema, { io: "input", unrepresentable: "any" });
  delete (scanDocument as Record<string, unknown>).$schema;
  return {
    openapi: "3.1.0",
    info: {
      title: "Paydown API",
      version,
      description: "Upload scans of a repository's technical debt. See docs/scan-format.md.",
    },
    components: {
      securitySchemes: { projectToken: { type: "http", scheme: "bearer", description: "Project ingest token (pd_...)" } },
      schemas: { ScanDocument: scanDocument, Error: errorSchema },
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
    },
  };
}
