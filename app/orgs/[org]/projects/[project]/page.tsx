import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { Card, CardSkeleton } from "@/components/card";
import { CategoryTrendGrid } from "@/components/category-trend-card";
import { DemoBanner } from "@/components/demo-banner";
import { FirstScanHelp } from "@/components/first-scan-help";
import { GateResultsCard } from "@/components/gate/gate-results";
import { GradeBadge } from "@/components/grade-badge";
import { ModuleTable } from "@/components/module-table";
import { RangePicker } from "@/components/range-picker";
import { formatDay } from "@/components/charts/format";
import { loadLatestScan, loadModuleTable, loadProject, loadProjectTrend } from "@/lib/debt/loaders";
import { formatMinutes, summarize } from "@/lib/debt/model";
import { parseRange, type RangeKey } from "@/lib/debt/range";
import { MODULE_SORT_KEYS } from "@/lib/debt/trends";
import { requestOrigin } from "@/lib/http/origin";
import { pick, withParams, type SearchParams } from "@/lib/http/search-params";

type Props = { params: Promise<{ org: string; project: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { project } = await params;
  return { title: project };
}

async function ModuleTableCard({ org, project, range, sp }: { org: string; project: string; range: RangeKey; sp: SearchParams }) {
  const rows = await loadModuleTable(org, project, range);
  const path = `/orgs/${org}/projects/${project}`;
  return (
    <Card title={`Modules (${rows.length})`}>
      <ModuleTable
        rows={rows}
        sort={pick(sp.sort, MODULE_SORT_KEYS, "debt")}
        dir={pick(sp.dir, ["asc", "desc"] as const, "desc")}
        hrefFor={(sort, dir) => withParams(path, sp, { sort, dir })}
        moduleHref={(name) => withParams(`${path}/modules/${encodeURIComponent(name)}`, {}, { range: sp.range as string | undefined })}
      />
    </Card>
  );
}

export default async function ProjectPage({ params, searchParams }: Props) {
  const [{ org, project: slug }, sp] = await Promise.all([params, searchParams]);
  const range = parseRange(sp.range);
  const [{ project, model, org: membership }, latest, origin] = await Promise.all([
    loadProject(org, slug),
    loadLatestScan(org, slug),
    requestOrigin(),
  ]);
  const path = `/orgs/${org}/projects/${slug}`;
  const header = (
    <div className="mb-4">
      <nav aria-label="Breadcrumb" className="text-sm text-zinc-500">
        <Link href={`/orgs/${org}`} className="hover:underline">
          {membership.orgName}
        </Link>{" "}
        /
      </nav>
      <h1 className="text-2xl font-semibold">{project.name}</h1>
      <Link href={`${path}/review`} className="text-sm text-blue-700 hover:underline dark:text-blue-400">
        Weekly review
      </Link>
    </div>
  );
  if (!latest) {
    return (
      <div>
        {header}
        {project.isDemo ? <DemoBanner /> : null}
        <FirstScanHelp orgSlug={org} projectSlug={slug} origin={origin} />
      </div>
    );
  }
  const summary = summarize([{ minutes: latest.totalDebt, lines: latest.lines }], model);
  const points = loadProjectTrend(org, slug, range);
  return (
    <div className="space-y-4">
      {header}
      {project.isDemo ? <DemoBanner /> : null}
      <div className="flex flex-wrap items-center justify-between gap-4">
        <div className="flex items-center gap-4" data-testid="project-grade">
          <GradeBadge grade={summary.grade} size="lg" />
          <div className="text-sm">
            <div>
              Debt ratio <strong className="tabular-nums">{(summary.ratio * 100).toFixed(1)}%</strong> · {formatMinutes(summary.minutes)} of debt in{" "}
              {summary.lines.toLocaleString("en-US")} lines
            </div>
            <div className="text-zinc-500">
              Latest scan {formatDay(latest.scannedAt.getTime())} · commit <code>{latest.commitSha.slice(0, 7)}</code>
              {latest.branch ? ` on ${latest.branch}` : ""}
            </div>
          </div>
        </div>
        <RangePicker current={range} hrefFor={(r) => withParams(path, sp, { range: r })} />
      </div>
      <CategoryTrendGrid points={points} />
      <Suspense fallback={<CardSkeleton title="Modules" />}>
        <ModuleTableCard org={org} project={slug} range={range} sp={sp} />
      </Suspense>
      <Suspense fallback={<CardSkeleton title="Gate results" />}>
        <GateResultsCard org={org} project={slug} />
      </Suspense>
    </div>
  );
}
