import { z } from "zod";
import { emailSchema, slugSchema } from "@/lib/auth/schema";
import { webhookUrlProblem } from "./webhook-url";

export const CHANNELS = ["email", "slack"] as const;
export type Channel = (typeof CHANNELS)[number];
export const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;
export const MAX_RECIPIENTS = 20;

const idSchema = z.string().min(1).max(64);
const weekSchema = z.string().regex(/^\d{4}-W\d{2}$/, "a week like 2026-W46");

/** "project:<slug>" or "team:<slug>", the form's single scope select. */
const scopeSchema = z
  .string()
  .regex(/^(project|team):[a-z0-9][a-z0-9-]*[a-z0-9]$/, "choose a project or a team")
  .transform((s) => {
    const [kind, slug] = s.split(":") as ["project" | "team", string];
    return { kind, slug };
  });

/** Comma- (or semicolon-, space-) separated addresses; each is checked and lower-cased. */
export function parseRecipients(raw: string): { ok: true; addresses: string[] } | { ok: false; message: string } {
  const parts = [...new Set(raw.split(/[,;\s]+/).filter(Boolean))];
  if (!parts.length) return { ok: false, message: "Enter at least one email address." };
  if (parts.length > MAX_RECIPIENTS) return { ok: false, message: `At most ${MAX_RECIPIENTS} addresses.` };
  const addresses: string[] = [];
  for (const p of parts) {
    const r = emailSchema.safeParse(p);
    if (!r.success) return { ok: false, message: `"${p}" is not an email address.` };
    addresses.push(r.data);
  }
  return { ok: true, addresses: [...new Set(addresses)] };
}

/** The new-subscription form; the webhook rule depends on the server's setting, so this is built per request. */
export function newSubscriptionSchema(opts: { allowLocalHttp: boolean }) {
  return z
    .object({
      org: slugSchema,
      scope: scopeSchema,
      channel: z.enum(CHANNELS, "choose email or Slack"),
      target: z.string().trim().min(1, "required").max(2000),
      weekday: z.coerce.number().int().min(1).max(7),
      hour: z.coerce.number().int().min(0).max(23),
    })
    .transform((v, ctx) => {
      if (v.channel === "slack") {
        const problem = webhookUrlProblem(v.target, opts);
        if (problem) ctx.addIssue({ code: "custom", path: ["target"], message: problem });
        return { ...v, target: v.target };
      }
      const r = parseRecipients(v.target);
      if (!r.ok) {
        ctx.addIssue({ code: "custom", path: ["target"], message: r.message });
        return { ...v };
      }
      return { ...v, target: r.addresses.join(", ") };
    });
}
export type NewSubscription = z.infer<ReturnType<typeof newSubscriptionSchema>>;

export const subscriptionRefSchema = z.object({ org: slugSchema, subscriptionId: idSchema });
export const setEnabledSchema = z.object({ org: slugSchema, subscriptionId: idSchema, enabled: z.enum(["true", "false"]).transform((v) => v === "true") });
export const deliveryRefSchema = z.object({ org: slugSchema, deliveryId: idSchema });
export const previewQuerySchema = z.object({ week: weekSchema.optional().catch(undefined) });
