import "server-only";
import { digestBaseUrl } from "./base-url";
import { composeDigest } from "./compose";
import { listDueDeliveries, listEnabledSubscriptions, type SubscriptionRow } from "./data";
import { renderDigest, type DigestContent, type RenderedDigest } from "./message";
import { claimDelivery, ensureDeliveries, markDeliveryFailed, markDeliverySent } from "./mutations";
import { dueWeek } from "./schedule";
import { smtpConfigFromEnv } from "./smtp-config";
import { networkTransport, type DigestTransport } from "./transport";
import { allowLocalHttp, maskWebhookUrl, webhookUrlProblem } from "./webhook-url";

type Env = Record<string, string | undefined>;

export interface RunOptions {
  now?: Date;
  /** Work out and render what is due without writing or sending anything. */
  dryRun?: boolean;
  env?: Env;
  transport?: DigestTransport;
  compose?: (sub: SubscriptionRow, week: string) => Promise<DigestContent | null>;
  log?: Pick<Console, "error" | "info">;
}

export interface DeliveryOutcome {
  deliveryId: string | null;
  subscriptionId: string;
  orgId: string;
  week: string;
  channel: "email" | "slack";
  target: string;
  result: "sent" | "retry" | "failed" | "would-send" | "skipped";
  error?: string;
  nextAttemptAt?: Date;
}

export interface RunReport {
  created: number;
  outcomes: DeliveryOutcome[];
}

function displayTarget(sub: SubscriptionRow): string {
  return sub.channel === "slack" ? maskWebhookUrl(sub.target) : sub.target;
}

/** Sends one rendered digest over the subscription's channel; throws what went wrong. */
async function deliver(sub: SubscriptionRow, rendered: RenderedDigest, env: Env, transport: DigestTransport): Promise<void> {
  if (sub.channel === "email") {
    const { config, problem } = smtpConfigFromEnv(env);
    if (!config) throw new Error(problem ?? "email is not configured on this server: set PAYDOWN_SMTP_URL (or PAYDOWN_SMTP_HOST) and PAYDOWN_SMTP_FROM");
    const to = sub.target.split(",").map((a) => a.trim()).filter(Boolean);
    await transport.email(config, { to, subject: rendered.subject, text: rendered.text, html: rendered.html });
    return;
  }
  const problem = webhookUrlProblem(sub.target, { allowLocalHttp: allowLocalHttp(env) });
  if (problem) throw new Error(problem);
  await transport.webhook(sub.target, rendered.slack);
}

/**
 * One pass of the scheduler: creates this week's delivery for every subscription whose
 * slot has passed, then sends every delivery that is due (new ones and retries). Each is
 * claimed first, so concurrent runs (two servers, a server and cron) send it once.
 */
export async function runDigests(opts: RunOptions = {}): Promise<RunReport> {
  const now = opts.now ?? new Date();
  const env = opts.env ?? process.env;
  const transport = opts.transport ?? networkTransport;
  const compose = opts.compose ?? ((sub: SubscriptionRow, week: string) => composeDigest(sub, week, now));
  const log = opts.log ?? console;
  const baseUrl = digestBaseUrl(env);

  const subs = await listEnabledSubscriptions();
  const wanted = subs.flatMap((s) => {
    const week = dueWeek(now, s);
    return week ? [{ orgId: s.orgId, subscriptionId: s.id, week, sub: s }] : [];
  });

  if (opts.dryRun) {
    const outcomes: DeliveryOutcome[] = [];
    const due = await listDueDeliveries(now);
    const items = [...due.map((d) => ({ id: d.id as string | null, week: d.week, sub: d.subscription }))];
    for (const w of wanted) if (!due.some((d) => d.subscription.id === w.subscriptionId && d.week === w.week)) items.push({ id: null, week: w.week, sub: w.sub });
    for (const item of items) {
      const content = await compose(item.sub, item.week);
      outcomes.push({
        deliveryId: item.id,
        subscriptionId: item.sub.id,
        orgId: item.sub.orgId,
        week: item.week,
        channel: item.sub.channel,
        target: displayTarget(item.sub),
        result: content ? "would-send" : "skipped",
        error: content ? undefined : "its project or team no longer exists",
      });
    }
    return { created: 0, outcomes };
  }

  const created = await ensureDeliveries(
    wanted.map(({ orgId, subscriptionId, week }) => ({ orgId, subscriptionId, week })),
    now,
  );
  const outcomes: DeliveryOutcome[] = [];
  for (const d of await listDueDeliveries(now)) {
    const sub = d.subscription;
    if (!(await claimDelivery(d.orgId, d.id, now))) continue; // another process has it
    const attempts = d.attempts + 1;
    const base = { deliveryId: d.id, subscriptionId: sub.id, orgId: d.orgId, week: d.week, channel: sub.channel, target: displayTarget(sub) };
    try {
      const content = await compose(sub, d.week);
      if (!content) throw new Error("its project or team no longer exists; delete this subscription");
      await deliver(sub, renderDigest(content, baseUrl), env, transport);
      await markDeliverySent(d.orgId, d.id, new Date());
      outcomes.push({ ...base, result: "sent" });
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const outcome = await markDeliveryFailed(d.orgId, d.id, attempts, message, now);
      const what = outcome.status === "failed" ? `gave up after ${attempts} attempts` : `attempt ${attempts}, next at ${outcome.nextAttemptAt.toISOString()}`;
      log.error(`paydown digest: ${sub.channel} digest ${d.id} (${d.week}) to ${base.target} failed (${what}): ${message}`);
      outcomes.push({ ...base, result: outcome.status === "failed" ? "failed" : "retry", error: message, nextAttemptAt: outcome.nextAttemptAt });
    }
  }
  return { created, outcomes };
}
