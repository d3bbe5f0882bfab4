// When a digest is due and when a failed send is tried again. Pure, all in UTC: the
// subscription's weekday/hour are UTC, and ISO weeks start on Monday.

import { formatWeek, lastCompleteWeek as lastCompleteIsoWeek, parseWeek, weekBounds, weekOf } from "@/lib/review/week";

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

export interface Schedule {
  /** ISO weekday, 1 (Monday) to 7 (Sunday). */
  weekday: number;
  /** Hour of the day, 0 to 23, UTC. */
  hour: number;
}

/** Monday 00:00 UTC of the ISO week holding `d`. */
export function weekStartOf(d: Date): Date {
  return weekBounds(weekOf(d)).start;
}

/** "YYYY-Www" of the ISO week holding `d`. */
export function isoWeekLabel(d: Date): string {
  return formatWeek(weekOf(d));
}

/** Monday 00:00 UTC of an ISO week label, or null when the label is not a real week. */
export function weekStartOfLabel(label: string): Date | null {
  const week = parseWeek(label);
  return week ? weekBounds(week).start : null;
}

/** The last week that has fully ended at `now`. */
export function lastCompleteWeek(now: Date): string {
  return formatWeek(lastCompleteIsoWeek(now));
}

/** The moment this week (the one holding `now`) the subscription is scheduled for. */
export function sendMomentOfWeek(now: Date, s: Schedule): Date {
  return new Date(weekStartOf(now).getTime() + (s.weekday - 1) * DAY_MS + s.hour * HOUR_MS);
}

/**
 * The week whose digest should exist at `now`: once this week's send moment has passed,
 * the last complete week; before it, none (last week's run created the previous one). A
 * subscription added after its slot passed sends last week's digest at once.
 */
export function dueWeek(now: Date, s: Schedule): string | null {
  return now.getTime() >= sendMomentOfWeek(now, s).getTime() ? lastCompleteWeek(now) : null;
}

export const RETRY = {
  /** Wait after the first failure; it doubles after each further one. */
  baseMs: 5 * 60_000,
  capMs: 6 * HOUR_MS,
  /** After this many failed attempts the delivery is marked failed and waits for "retry now". */
  maxAttempts: 8,
  /** How long a claimed delivery is reserved for the process sending it; after that another may retry it. */
  leaseMs: 10 * 60_000,
} as const;

/** The wait before the next attempt, after `attempts` failed ones (1 = the first failure). */
export function retryDelayMs(attempts: number): number {
  return Math.min(RETRY.capMs, RETRY.baseMs * 2 ** Math.max(0, attempts - 1));
}

export type FailureOutcome = { status: "pending"; nextAttemptAt: Date } | { status: "failed"; nextAttemptAt: Date };

/** What a delivery becomes after its `attempts`-th attempt failed at `now`. */
export function afterFailure(attempts: number, now: Date): FailureOutcome {
  if (attempts >= RETRY.maxAttempts) return { status: "failed", nextAttemptAt: now };
  return { status: "pending", nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)) };
}
