import { handle } from "@/lib/api/respond";
import { portfolioCsv } from "@/lib/portfolio/export";

type Ctx = { params: Promise<{ org: string }> };

/** GET ?table=projects|modules|teams|series&…the page's filters: the table as CSV, for members. */
export const GET = handle(async (req: Request, ctx: Ctx) => {
  const { org } = await ctx.params;
  const { filename, body } = await portfolioCsv(org, new URL(req.url));
  return new Response(body, {
    status: 200,
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": "private, no-store",
    },
  });
});
