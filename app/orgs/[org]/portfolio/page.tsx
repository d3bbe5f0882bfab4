import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { CardSkeleton } from "@/components/card";
import { PortfolioFiltersBar } from "@/components/portfolio/filters";
import { MixCard } from "@/components/portfolio/mix-card";
import { ModulesCard } from "@/components/portfolio/modules-card";
import { ProjectsCard } from "@/components/portfolio/projects-card";
import { SeriesCard } from "@/components/portfolio/series-card";
import { TeamsCard } from "@/components/portfolio/teams-card";
import { requireOrg } from "@/lib/auth/loaders";
import { withParams, type SearchParams } from "@/lib/http/search-params";
import { loadPortfolioModules, loadPortfolioOptions, loadPortfolioProjects, loadPortfolioSeries, loadPortfolioTeams } from "@/lib/portfolio/loaders";
import { filterParams, parsePortfolioFilters, type PortfolioTable } from "@/lib/portfolio/schema";

type Props = { params: Promise<{ org: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Portfolio · ${(await params).org}` };
}

export default async function PortfolioPage({ params, searchParams }: Props) {
  const [{ org }, sp] = await Promise.all([params, searchParams]);
  const filters = parsePortfolioFilters(sp);
  const [membership, options] = await Promise.all([requireOrg(org), loadPortfolioOptions(org)]);
  const path = `/orgs/${org}/portfolio`;
  const csv = (table: PortfolioTable) => withParams(`${path}/export`, {}, { table, ...filterParams(filters) });
  // Started together; each card streams in behind its own Suspense.
  const projects = loadPortfolioProjects(org, filters);
  const series = loadPortfolioSeries(org, filters);
  const modules = loadPortfolioModules(org, filters);
  const teams = loadPortfolioTeams(org, filters);
  return (
    <div className="space-y-4">
      <div>
        <nav aria-label="Breadcrumb" className="text-sm text-zinc-500">
          <Link href={`/orgs/${org}`} className="hover:underline">
            {membership.orgName}
          </Link>{" "}
          /
        </nav>
        <h1 className="text-2xl font-semibold">Portfolio</h1>
        <p className="text-sm text-zinc-500">
          Every project&apos;s latest scan side by side; the organization&apos;s figures sum them. How each number is defined: docs/portfolio.md.
        </p>
      </div>
      <PortfolioFiltersBar path={path} filters={filters} options={options} />
      <Suspense fallback={<CardSkeleton title="Projects" />}>
        <ProjectsCard data={projects} org={org} csvHref={csv("projects")} />
      </Suspense>
      <div className="grid gap-4 lg:grid-cols-2">
        <Suspense fallback={<CardSkeleton title="Debt over time" />}>
          <SeriesCard data={series} bucket={filters.bucket} csvHref={csv("series")} />
        </Suspense>
        <Suspense fallback={<CardSkeleton title="Category mix" />}>
          <MixCard data={projects} csvHref={csv("projects")} />
        </Suspense>
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <Suspense fallback={<CardSkeleton title="Top modules by debt" />}>
          <ModulesCard data={modules} org={org} csvHref={csv("modules")} />
        </Suspense>
        <Suspense fallback={<CardSkeleton title="Budget adherence" />}>
          <TeamsCard data={teams} sprints={filters.sprints} csvHref={csv("teams")} />
        </Suspense>
      </div>
    </div>
  );
}
