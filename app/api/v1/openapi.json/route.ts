import { json } from "@/lib/api/respond";
import { buildOpenApi } from "@/lib/ingest/openapi";

export const dynamic = "force-static";

export function GET() {
  return json(buildOpenApi(process.env.npm_package_version ?? "1"));
}
