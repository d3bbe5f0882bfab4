import { errorResponse, jsonSchemaOf, type OpenApiFragment } from "@/lib/ingest/openapi";
import { REVIEW_CSV_HEADER } from "./csv";
import { reviewQuerySchema } from "./schema";

const query = jsonSchemaOf(reviewQuerySchema) as { properties: Record<string, Record<string, unknown>> };

/** This domain's endpoints in the OpenAPI description (served at /api/v1/openapi.json). */
export const reviewOpenApi: OpenApiFragment = {
  paths: {
    "/api/v1/review": {
      get: {
        summary: "The weekly review of the token's project, as Markdown or CSV",
        description:
          "Per module and category the value at the end of the week and a week earlier with the change (worst regressions first), threshold crossings, " +
          "the sprint budget status and hotspots (docs/weekly-review.md). Markdown holds every section; CSV holds the changes table with columns " +
          `${REVIEW_CSV_HEADER.join(", ")}. Sent as an attachment.`,
        security: [{ projectToken: [] }],
        parameters: [
          { name: "week", in: "query", required: false, schema: query.properties.week, description: "ISO week, e.g. 2026-W46; default the last complete week." },
          { name: "format", in: "query", required: false, schema: query.properties.format, description: "md (default) or csv." },
        ],
        responses: {
          "200": {
            description: "The review; Content-Disposition names the file (org-project-review-YYYY-Www.md|csv).",
            content: { "text/markdown": { schema: { type: "string" } }, "text/csv": { schema: { type: "string" } } },
          },
          "400": errorResponse("Malformed week (invalid_week) or an unknown format (invalid_format)."),
          "401": errorResponse("Missing, unknown or revoked project token."),
          "429": errorResponse("Too many requests with bad tokens from this address; retry after the Retry-After header's seconds."),
        },
      },
    },
  },
};
