// ISO 8601 weeks ("2026-W46") in UTC: a week runs from Monday 00:00 UTC up to (not including)
// the next Monday 00:00 UTC. Pure and client-safe.

export interface IsoWeek {
  year: number;
  week: number;
}

const DAY = 86_400_000;
const WEEK_RE = /^(\d{4})-W(\d{2})$/;

/** Monday 00:00 UTC of ISO week 1 of `year` (the week holding 4 January). */
function week1Monday(year: number): number {
  const jan4 = Date.UTC(year, 0, 4);
  const weekday = (new Date(jan4).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return jan4 - weekday * DAY;
}

/** 52 or 53: a year has 53 ISO weeks when it starts on a Thursday, or on a Wednesday in a leap year. */
export function weeksInYear(year: number): number {
  return Math.round((week1Monday(year + 1) - week1Monday(year)) / (7 * DAY));
}

export function formatWeek(w: IsoWeek): string {
  return `${String(w.year).padStart(4, "0")}-W${String(w.week).padStart(2, "0")}`;
}

/** "2026-W46" → { year, week }; null for anything else, including W00 and a W53 the year lacks. */
export function parseWeek(text: string | null | undefined): IsoWeek | null {
  const m = WEEK_RE.exec(text ?? "");
  if (!m) return null;
  const year = Number(m[1]);
  const week = Number(m[2]);
  if (year < 1970 || week < 1 || week > weeksInYear(year)) return null;
  return { year, week };
}

/** The ISO week a point in time falls in, in UTC. */
export function weekOf(at: Date): IsoWeek {
  const day = Math.floor(at.getTime() / DAY) * DAY;
  const weekday = (new Date(day).getUTCDay() + 6) % 7;
  const thursday = new Date(day + (3 - weekday) * DAY); // the week's Thursday decides its year
  const year = thursday.getUTCFullYear();
  return { year, week: Math.floor((thursday.getTime() - week1Monday(year)) / (7 * DAY)) + 1 };
}

/** [start, end): Monday 00:00 UTC and the following Monday 00:00 UTC. */
export function weekBounds(w: IsoWeek): { start: Date; end: Date } {
  const start = week1Monday(w.year) + (w.week - 1) * 7 * DAY;
  return { start: new Date(start), end: new Date(start + 7 * DAY) };
}

export function shiftWeek(w: IsoWeek, by: number): IsoWeek {
  return weekOf(new Date(weekBounds(w).start.getTime() + by * 7 * DAY));
}

/** The default week of a review: the last one that has ended by `now`. */
export function lastCompleteWeek(now: Date): IsoWeek {
  return shiftWeek(weekOf(now), -1);
}

/** True when the week has not ended yet at `now` (the current or a future week). */
export function isIncomplete(w: IsoWeek, now: Date): boolean {
  return weekBounds(w).end.getTime() > now.getTime();
}

/** The week a page or API asked for: absent → the last complete week; malformed → null. */
export function resolveWeek(text: string | null | undefined, now: Date): IsoWeek | null {
  if (text == null || text === "") return lastCompleteWeek(now);
  return parseWeek(text);
}
