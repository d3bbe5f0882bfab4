import { errorResponse, jsonSchemaOf, type OpenApiFragment } from "@/lib/ingest/openapi";
import { gateBaselineSchema, gateResultUploadSchema } from "@/lib/ingest/schema";

const auth = {
  "401": errorResponse("Missing, unknown or revoked project token."),
  "429": errorResponse("Too many requests with bad tokens from this address; retry after the Retry-After header's seconds."),
};

/** This domain's endpoints in the OpenAPI description (served at /api/v1/openapi.json). */
export const gateOpenApi: OpenApiFragment = {
  schemas: { GateBaseline: jsonSchemaOf(gateBaselineSchema), GateResultUpload: jsonSchemaOf(gateResultUploadSchema) },
  paths: {
    "/api/v1/baseline": {
      get: {
        summary: "Baseline of a branch for the CI gate",
        description:
          "The latest scan of the branch (by scannedAt) for the token's project: per-module coverage and debt minutes, every finding with its fingerprint, the organization's remediation prices, the project's coverage minimum and dashboard URL, and the plans: open (planned or in progress) debt work items of the sprint running today (UTC) of each team working on the project, with their modules. `paydown gate` reads it (docs/ci.md).",
        security: [{ projectToken: [] }],
        parameters: [{ name: "branch", in: "query", required: true, schema: { type: "string", minLength: 1, maxLength: 255 }, example: "main" }],
        responses: {
          "200": { description: "The baseline.", content: { "application/json": { schema: { $ref: "#/components/schemas/GateBaseline" } } } },
          "400": errorResponse("`branch` missing or invalid (`invalid_query`)."),
          "404": errorResponse("`no_baseline`: the branch has no scan for this project yet; upload one with `paydown scan --upload` on that branch."),
          ...auth,
        },
      },
    },
    "/api/v1/gate-results": {
      post: {
        summary: "Record the outcome of the CI gate",
        description:
          "Stores one `paydown gate` result (commit, merge base, branches, pull request, passed, debt minutes added and the rule report). Shown per commit and pull request on the project page.",
        security: [{ projectToken: [] }],
        requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/GateResultUpload" } } } },
        responses: {
          "201": {
            description: "Stored.",
            content: {
              "application/json": {
                schema: { type: "object", required: ["id"], properties: { id: { type: "string" }, createdAt: { type: "string" }, url: { type: "string" } } },
              },
            },
          },
          "400": errorResponse("Malformed JSON or schema violation (`invalid_gate_result`); `issues` names the fields."),
          "413": errorResponse("Body over the configured limit."),
          ...auth,
        },
      },
    },
  },
};
