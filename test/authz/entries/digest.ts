import { ADMIN_ONLY, ADMIN_ONLY_PAGE, type ActionEntry, type PageEntry } from "../types";

// Weekly digests (issue 5): only admins see, add, pause, remove and retry them.

export const actions: Record<string, ActionEntry> = {
  "lib/digest/actions.ts#createDigestAction": {
    input: () => ({ org: "acme", scope: "project:shop", channel: "slack", target: "https://hooks.example.com/services/T9/B9/z", weekday: "1", hour: "8" }),
    expect: ADMIN_ONLY,
    // The outsider's own org has no project "shop": acme's stays invisible.
    crossTenant: () => ({ org: "other", scope: "project:shop", channel: "slack", target: "https://hooks.example.com/services/T9/B9/z", weekday: "1", hour: "8" }),
    audit: "digest.create",
  },
  "lib/digest/actions.ts#setDigestEnabledAction": {
    input: (w) => ({ org: "acme", subscriptionId: w.digest.id, enabled: "false" }),
    expect: ADMIN_ONLY,
    crossTenant: (w) => ({ org: "other", subscriptionId: w.digest.id, enabled: "false" }),
    audit: "digest.update",
  },
  "lib/digest/actions.ts#retryDeliveryAction": {
    input: (w) => ({ org: "acme", deliveryId: w.failedDelivery.id }),
    expect: ADMIN_ONLY,
    crossTenant: (w) => ({ org: "other", deliveryId: w.failedDelivery.id }),
    audit: "digest.retry",
  },
  "lib/digest/actions.ts#deleteDigestAction": {
    input: (w) => ({ org: "acme", subscriptionId: w.digest.id }),
    expect: ADMIN_ONLY,
    crossTenant: (w) => ({ org: "other", subscriptionId: w.digest.id }),
    audit: "digest.delete",
  },
};

export const pages: Record<string, PageEntry> = {
  "app/orgs/[org]/settings/digests/page.tsx": { params: () => ({ org: "acme" }), expect: ADMIN_ONLY_PAGE },
  "app/orgs/[org]/settings/digests/[id]/preview/page.tsx": {
    params: (w) => ({ org: "acme", id: w.digest.id }),
    searchParams: () => ({ week: "2026-W47" }),
    expect: ADMIN_ONLY_PAGE,
  },
};
