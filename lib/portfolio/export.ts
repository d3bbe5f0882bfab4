import "server-only";
import { findMembership } from "@/lib/auth/data";
import { getSessionUser } from "@/lib/auth/session";
import { notFound, unauthorized } from "@/lib/api/errors";
import { csvFilename, toCsv } from "@/lib/csv/write";
import { resolveDebtModel } from "@/lib/debt/model";
import { modulesCsv, projectsCsv, seriesCsv, teamsCsv, type CsvTable } from "./csv";
import { parsePortfolioFilters, PORTFOLIO_TABLES, type PortfolioTable } from "./schema";
import { modulesTable, portfolioScope, projectsTable, seriesTable, teamsTable, type Scope } from "./tables";

const BUILD: Record<PortfolioTable, (scope: Scope) => Promise<CsvTable>> = {
  projects: async (s) => projectsCsv(await projectsTable(s)),
  modules: async (s) => modulesCsv(await modulesTable(s)),
  teams: async (s) => teamsCsv(await teamsTable(s)),
  series: async (s) => seriesCsv(await seriesTable(s)),
};

/**
 * A portfolio table as CSV for a signed-in member: 401 without a session, 404 for anyone not
 * in the organization (other tenants stay invisible) or an unknown table.
 */
export async function portfolioCsv(orgSlug: string, url: URL, now = new Date()): Promise<{ filename: string; body: string }> {
  const user = await getSessionUser();
  if (!user) throw unauthorized("Sign in to export.");
  const org = await findMembership(user.id, orgSlug);
  if (!org) throw notFound("organization");
  const table = url.searchParams.get("table") ?? "";
  if (!(PORTFOLIO_TABLES as readonly string[]).includes(table)) throw notFound(`table "${table}"; use one of ${PORTFOLIO_TABLES.join(", ")}`);
  const sp: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) sp[key] = url.searchParams.getAll(key);
  const scope = await portfolioScope(org.orgId, resolveDebtModel(org.debtModel), parsePortfolioFilters(sp), now);
  const csv = await BUILD[table as PortfolioTable](scope);
  return { filename: csvFilename(org.orgSlug, "portfolio", table), body: toCsv(csv.header, csv.rows) };
}
