import { json } from "@/lib/api/respond";
import { gateOpenApi } from "@/lib/gate/openapi";
import { buildOpenApi } from "@/lib/ingest/openapi";
import { reviewOpenApi } from "@/lib/review/openapi";
import { sprintsOpenApi } from "@/lib/sprints/openapi";

export const dynamic = "force-static";

export function GET() {
  return json(buildOpenApi(process.env.npm_package_version ?? "1", [sprintsOpenApi, reviewOpenApi, gateOpenApi]));
}
