import { MEMBER_WRITE, MEMBERS_READ, type ActionEntry, type PageEntry } from "../types";

// Pay down next, what the paydown bought, forecast (lib/payoff).

export const actions: Record<string, ActionEntry> = {
  // The module variant: the world's "ledger" module of shop (no scan yet, so no estimate); the second call is idempotent.
  "lib/payoff/actions.ts#addSuggestionAction": {
    input: (w) => ({ org: "acme", team: "platform", sprint: w.sprint.id, module: w.ledger.id, category: "docs" }),
    expect: MEMBER_WRITE,
    crossTenant: (w) => ({ org: "other", team: "platform", sprint: w.sprint.id, module: w.ledger.id, category: "docs" }),
  },
  "lib/payoff/actions.ts#setForecastTargetAction": {
    input: (w) => ({ org: "acme", team: "platform", module: w.ledger.id, metric: "maxCcn", category: "complexity", target: "15" }),
    expect: MEMBER_WRITE,
    crossTenant: (w) => ({ org: "other", team: "platform", module: w.ledger.id, metric: "maxCcn", category: "complexity", target: "15" }),
    // The admin's identical second save changes nothing and writes no second event.
    audit: "forecast.set",
  },
  "lib/payoff/actions.ts#deleteForecastTargetAction": {
    input: (w) => ({ org: "acme", team: "platform", target: w.forecastTarget.id }),
    expect: MEMBER_WRITE,
    crossTenant: (w) => ({ org: "other", team: "platform", target: w.forecastTarget.id }),
    audit: "forecast.delete",
  },
};

export const pages: Record<string, PageEntry> = {
  "app/orgs/[org]/teams/[team]/sprints/[sprint]/review/page.tsx": { params: (w) => ({ org: "acme", team: "platform", sprint: w.sprint.id }), expect: MEMBERS_READ },
  "app/orgs/[org]/teams/[team]/payoff/page.tsx": { params: () => ({ org: "acme", team: "platform" }), searchParams: () => ({ last: "4" }), expect: MEMBERS_READ },
  "app/orgs/[org]/teams/[team]/forecast/page.tsx": { params: () => ({ org: "acme", team: "platform" }), searchParams: () => ({ last: "3" }), expect: MEMBERS_READ },
};
