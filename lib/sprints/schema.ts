import { z } from "zod";
import { slugSchema } from "@/lib/auth/schema";

// Shared by the sprint forms, the CSV import and the API: one contract for a work item.

export const ITEM_TYPES = ["feature", "debt", "bug", "other"] as const;
export const ITEM_STATUSES = ["planned", "in_progress", "done", "dropped"] as const;
export const DEBT_CATEGORIES = ["test", "docs", "complexity", "duplication"] as const;
export const ESTIMATE_UNITS = ["points", "hours"] as const;

export const STATUS_LABEL: Record<(typeof ITEM_STATUSES)[number], string> = {
  planned: "Planned",
  in_progress: "In progress",
  done: "Done",
  dropped: "Dropped",
};

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => v || null);

export const workItemInputSchema = z
  .object({
    title: z.string().trim().min(1, "required").max(300),
    externalKey: optionalText(100),
    url: z
      .union([z.literal(""), z.url({ protocol: /^https?$/, message: "an http(s) URL" })])
      .nullish()
      .transform((v) => v || null),
    estimate: z.number({ message: "a number" }).min(0, "not negative").max(10_000, "at most 10000").nullish().transform((v) => v ?? null),
    type: z.enum(ITEM_TYPES).default("feature"),
    category: z.enum(DEBT_CATEGORIES).nullish().transform((v) => v ?? null),
    status: z.enum(ITEM_STATUSES).default("planned"),
    modules: z.array(z.string().trim().min(1).max(200)).max(50).default([]),
  })
  .superRefine((item, ctx) => {
    if (item.category && item.type !== "debt") {
      ctx.addIssue({ code: "custom", path: ["category"], message: "only debt items have a category" });
    }
  });
export type WorkItemInput = z.output<typeof workItemInputSchema>;

export const itemsBodySchema = z
  .object({ items: z.array(workItemInputSchema).min(1, "at least one item").max(1000) })
  .superRefine((body, ctx) => {
    const seen = new Map<string, number>();
    body.items.forEach((it, i) => {
      if (!it.externalKey) return;
      const first = seen.get(it.externalKey);
      if (first !== undefined) {
        ctx.addIssue({ code: "custom", path: ["items", i, "externalKey"], message: `duplicate of items.${first}.externalKey` });
      } else seen.set(it.externalKey, i);
    });
  });

/** A date as the calendar day it stands for (sprint dates are stored at UTC midnight). */
export const toIsoDay = (d: Date) => d.toISOString().slice(0, 10);

const isoDaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD")
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), "not a calendar date");

export const sprintInputSchema = z
  .object({
    name: z.string().trim().min(1, "required").max(100),
    startDate: isoDaySchema,
    endDate: isoDaySchema,
    capacity: z.number({ message: "a number" }).positive("more than 0").max(100_000).nullish().transform((v) => v ?? null),
    unit: z.enum(ESTIMATE_UNITS).default("points"),
    /** Fraction of 1; the team's default when left out. */
    budgetTarget: z.number({ message: "a number" }).min(0).max(1, "a fraction of 1 (0.2 = 20%)").optional(),
  })
  .refine((s) => s.endDate >= s.startDate, { path: ["endDate"], message: "on or after the start date" });
export type SprintInput = z.output<typeof sprintInputSchema>;

/** POST /api/v1/sprints: a sprint, and which of the project's teams when it has several. */
export const createSprintBodySchema = sprintInputSchema.and(z.object({ team: slugSchema.optional() }));

// Forms send strings: blanks mean "not given", numbers are typed as text.
const blank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const num = (v: unknown) => {
  const b = blank(v);
  return typeof b === "string" ? Number(b.replace(",", ".")) : b;
};

/** A work item from the add/edit form (modules comma-separated). */
export function itemFromForm(f: Record<string, string>) {
  return {
    title: f.title ?? "",
    externalKey: blank(f.externalKey),
    url: blank(f.url),
    estimate: num(f.estimate),
    type: blank(f.type),
    category: f.type === "debt" ? blank(f.category) : undefined,
    status: blank(f.status),
    modules: (f.modules ?? "")
      .split(",")
      .map((m) => m.trim())
      .filter(Boolean),
  };
}

/** A sprint from the form, whose budget target is a percentage. */
export function sprintFromForm(f: Record<string, string>) {
  const pct = num(f.budgetTarget);
  return {
    name: f.name ?? "",
    startDate: f.startDate ?? "",
    endDate: f.endDate ?? "",
    capacity: num(f.capacity),
    unit: blank(f.unit),
    budgetTarget: typeof pct === "number" ? pct / 100 : undefined,
  };
}

export const sprintRefSchema = z.object({ org: slugSchema, team: slugSchema, sprint: z.string().min(1).max(64) });
export const itemRefSchema = sprintRefSchema.extend({ itemId: z.string().min(1).max(64) });
