import { Card } from "@/components/card";
import { DataTableAlt } from "@/components/data-table-alt";
import { formatMinutes } from "@/lib/debt/model";
import { CATEGORY_LABEL } from "@/lib/debt/metrics";
import { CATEGORIES } from "@/lib/ingest/schema";
import { categoryMixChartData } from "@/lib/portfolio/chart-data";
import type { ProjectsTable } from "@/lib/portfolio/tables";
import { CategoryMixChart } from "./category-mix-chart";
import { CsvLink } from "./csv-link";

/** The category mix of each project and of the organization (its minutes and shares are in the projects CSV). */
export async function MixCard({ data, csvHref }: { data: Promise<ProjectsTable>; csvHref: string }) {
  const { rows, total } = await data;
  const chart = categoryMixChartData(rows, total);
  return (
    <Card title="Category mix" actions={<CsvLink href={csvHref} what="the category mix (projects table)" />}>
      {chart.length === 0 ? (
        <p className="py-8 text-center text-sm text-zinc-500">No debt measured yet.</p>
      ) : (
        <>
          <CategoryMixChart data={chart} />
          <DataTableAlt
            caption="Debt per category and its share, per project and for the organization"
            columns={["Project", "Debt", ...CATEGORIES.map((c) => `${CATEGORY_LABEL[c]} (%)`)]}
            rows={chart.map((d) => [d.name, formatMinutes(d.minutes), ...CATEGORIES.map((c) => `${d[c].toFixed(1)}%`)])}
          />
        </>
      )}
    </Card>
  );
}
