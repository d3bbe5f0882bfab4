import "server-only";
import { cache } from "react";
import { requireOrg } from "@/lib/auth/loaders";
import { resolveDebtModel } from "@/lib/debt/model";
import { listOrgTeams, listPortfolioProjects } from "./data";
import type { PortfolioFilters } from "./schema";
import { modulesTable, portfolioScope, projectsTable, seriesTable, teamsTable } from "./tables";

// Membership first (404 for other tenants, sign-in for anonymous), then the tables. The page
// passes one filters object to every card, so the scope is read once per request.

export const loadPortfolioScope = cache(async (orgSlug: string, filters: PortfolioFilters) => {
  const org = await requireOrg(orgSlug);
  return portfolioScope(org.orgId, resolveDebtModel(org.debtModel), filters, new Date());
});

export const loadPortfolioProjects = cache(async (orgSlug: string, filters: PortfolioFilters) =>
  projectsTable(await loadPortfolioScope(orgSlug, filters)),
);

export const loadPortfolioSeries = cache(async (orgSlug: string, filters: PortfolioFilters) => seriesTable(await loadPortfolioScope(orgSlug, filters)));

export const loadPortfolioModules = cache(async (orgSlug: string, filters: PortfolioFilters) => modulesTable(await loadPortfolioScope(orgSlug, filters)));

export const loadPortfolioTeams = cache(async (orgSlug: string, filters: PortfolioFilters) => teamsTable(await loadPortfolioScope(orgSlug, filters)));

/** Every project and team of the organization, for the filter form. */
export const loadPortfolioOptions = cache(async (orgSlug: string) => {
  const org = await requireOrg(orgSlug);
  const [projects, teams] = await Promise.all([listPortfolioProjects(org.orgId, { slugs: [] }), listOrgTeams(org.orgId)]);
  return { projects, teams };
});
