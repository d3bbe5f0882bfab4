import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { Card, CardSkeleton } from "@/components/card";
import { CategoryTrendGrid } from "@/components/category-trend-card";
import { DemoBanner } from "@/components/demo-banner";
import { FindingsTable } from "@/components/findings-table";
import { GradeBadge } from "@/components/grade-badge";
import { RangePicker } from "@/components/range-picker";
import { loadModule, loadModuleFindings, loadModuleSnapshot, loadModuleTrend } from "@/lib/debt/loaders";
import { FINDING_SORTS } from "@/lib/debt/findings-page";
import { formatMinutes, summarize } from "@/lib/debt/model";
import { parseRange } from "@/lib/debt/range";
import { pick, withParams, type SearchParams } from "@/lib/http/search-params";
import { CATEGORIES, type Category } from "@/lib/ingest/schema";

type Props = { params: Promise<{ org: string; project: string; module: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { module, project } = await params;
  return { title: `${decodeURIComponent(module)} · ${project}` };
}

async function FindingsCard({ org, project, name, sp, path }: { org: string; project: string; name: string; sp: SearchParams; path: string }) {
  const category = pick(sp.category, CATEGORIES, "" as Category) || null;
  const sort = pick(sp.sort, FINDING_SORTS, "minutes");
  const page = typeof sp.page === "string" ? sp.page : undefined;
  const { findings, counts, paging } = await loadModuleFindings(org, project, name, category, sort, page);
  return (
    <Card title="Findings in the latest scan">
      <FindingsTable
        rows={findings}
        counts={counts}
        category={category}
        sort={sort}
        paging={paging}
        hrefFor={(changes) => withParams(path, sp, changes)}
      />
    </Card>
  );
}

export default async function ModulePage({ params, searchParams }: Props) {
  const [{ org, project: projectSlug, module: raw }, sp] = await Promise.all([params, searchParams]);
  const name = decodeURIComponent(raw);
  const range = parseRange(sp.range);
  const [{ project, module, model, org: membership }, snapshot] = await Promise.all([
    loadModule(org, projectSlug, name),
    loadModuleSnapshot(org, projectSlug, name),
  ]);
  const path = `/orgs/${org}/projects/${projectSlug}/modules/${encodeURIComponent(name)}`;
  const points = loadModuleTrend(org, projectSlug, name, range);
  const summary = snapshot ? summarize([{ minutes: snapshot.totalDebt, lines: snapshot.lines }], model) : null;
  return (
    <div className="space-y-4">
      <div>
        <nav aria-label="Breadcrumb" className="text-sm text-zinc-500">
          <Link href={`/orgs/${org}`} className="hover:underline">
            {membership.orgName}
          </Link>{" "}
          /{" "}
          <Link href={withParams(`/orgs/${org}/projects/${projectSlug}`, {}, { range: sp.range as string | undefined })} className="hover:underline">
            {project.name}
          </Link>{" "}
          /
        </nav>
        <h1 className="text-2xl font-semibold">{module.name}</h1>
        <p className="text-sm text-zinc-500">
          <code>{module.path || "."}</code> · Owners:{" "}
          {module.owners.length ? module.owners.join(", ") : <span>none recorded (add a CODEOWNERS entry)</span>}
        </p>
      </div>
      {project.isDemo ? <DemoBanner /> : null}
      <div className="flex flex-wrap items-center justify-between gap-4">
        {summary && snapshot ? (
          <div className="flex items-center gap-4 text-sm">
            <GradeBadge grade={summary.grade} size="lg" />
            <div>
              <div>
                Debt ratio <strong>{(summary.ratio * 100).toFixed(1)}%</strong> · {formatMinutes(summary.minutes)} in {snapshot.lines.toLocaleString("en-US")} lines,{" "}
                {snapshot.files} files
              </div>
              <div className="text-zinc-500">
                {snapshot.functions} functions, max CCN {snapshot.maxCcn} · README {snapshot.readme ? "present" : "missing"}
                {snapshot.tests != null ? ` · ${snapshot.tests} tests, ${snapshot.testFailures} failing` : " · tests unknown"}
                {snapshot.churnCommits != null
                  ? ` · ${snapshot.churnCommits} commits by ${snapshot.churnAuthors} authors, ${snapshot.bugfixCommits} bug fixes in 90 days`
                  : ""}
              </div>
            </div>
          </div>
        ) : (
          <p className="text-sm text-zinc-500">No snapshot of this module yet.</p>
        )}
        <RangePicker current={range} hrefFor={(r) => withParams(path, sp, { range: r })} />
      </div>
      <CategoryTrendGrid points={points} />
      <Suspense fallback={<CardSkeleton title="Findings" />}>
        <FindingsCard org={org} project={projectSlug} name={name} sp={sp} path={path} />
      </Suspense>
    </div>
  );
}
