import type { OpenApiFragment } from "@/lib/ingest/openapi";

/** This domain's endpoints in the OpenAPI description (served at /api/v1/openapi.json). */
export const reviewOpenApi: OpenApiFragment = { paths: {} };
