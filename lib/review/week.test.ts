import { describe, expect, it } from "vitest";
import { formatWeek, isIncomplete, lastCompleteWeek, parseWeek, resolveWeek, shiftWeek, weekBounds, weekOf, weeksInYear } from "./week";

const iso = (d: Date) => d.toISOString();

describe("parseWeek / formatWeek", () => {
  it("round-trips valid weeks and pads", () => {
    expect(parseWeek("2026-W46")).toEqual({ year: 2026, week: 46 });
    expect(formatWeek({ year: 2026, week: 3 })).toBe("2026-W03");
    expect(formatWeek(parseWeek("2020-W53")!)).toBe("2020-W53");
  });

  it("refuses malformed weeks, W00 and a W53 the year does not have", () => {
    for (const bad of ["", "2026-46", "2026-W4", "2026-w46", "2026-W00", "2026-W54", "2025-W53", " 2026-W46", "2026-W46x", null, undefined]) {
      expect(parseWeek(bad)).toBeNull();
    }
  });
});

describe("weeksInYear", () => {
  it("knows the long years", () => {
    expect(weeksInYear(2020)).toBe(53); // starts on a Wednesday, leap year
    expect(weeksInYear(2015)).toBe(53); // starts on a Thursday
    expect(weeksInYear(2026)).toBe(53); // starts on a Thursday
    expect(weeksInYear(2025)).toBe(52);
    expect(weeksInYear(2027)).toBe(52);
  });
});

describe("weekBounds", () => {
  it("runs Monday 00:00 UTC to the next Monday", () => {
    const { start, end } = weekBounds({ year: 2026, week: 46 });
    expect(iso(start)).toBe("2026-11-09T00:00:00.000Z");
    expect(iso(end)).toBe("2026-11-16T00:00:00.000Z");
  });

  it("handles week 1 starting in the previous December and W53 ending in January", () => {
    expect(iso(weekBounds({ year: 2025, week: 1 }).start)).toBe("2024-12-30T00:00:00.000Z");
    const w53 = weekBounds({ year: 2026, week: 53 });
    expect(iso(w53.start)).toBe("2026-12-28T00:00:00.000Z");
    expect(iso(w53.end)).toBe("2027-01-04T00:00:00.000Z");
  });
});

describe("weekOf", () => {
  it("puts early January days in the previous year's last week and late December days in week 1", () => {
    expect(weekOf(new Date("2027-01-01T12:00:00Z"))).toEqual({ year: 2026, week: 53 });
    expect(weekOf(new Date("2027-01-03T23:59:59.999Z"))).toEqual({ year: 2026, week: 53 });
    expect(weekOf(new Date("2027-01-04T00:00:00Z"))).toEqual({ year: 2027, week: 1 });
    expect(weekOf(new Date("2024-12-30T00:00:00Z"))).toEqual({ year: 2025, week: 1 });
    expect(weekOf(new Date("2021-01-03T10:00:00Z"))).toEqual({ year: 2020, week: 53 });
  });

  it("uses UTC: Sunday 23:59 UTC is still the old week, Monday 00:00 UTC the new one", () => {
    expect(formatWeek(weekOf(new Date("2026-11-15T23:59:59.999Z")))).toBe("2026-W46");
    expect(formatWeek(weekOf(new Date("2026-11-16T00:00:00.000Z")))).toBe("2026-W47");
  });
});

describe("shiftWeek", () => {
  it("steps across year boundaries, through W53", () => {
    expect(shiftWeek({ year: 2026, week: 53 }, 1)).toEqual({ year: 2027, week: 1 });
    expect(shiftWeek({ year: 2027, week: 1 }, -1)).toEqual({ year: 2026, week: 53 });
    expect(shiftWeek({ year: 2025, week: 52 }, 1)).toEqual({ year: 2026, week: 1 });
    expect(shiftWeek({ year: 2026, week: 1 }, -1)).toEqual({ year: 2025, week: 52 });
    expect(shiftWeek({ year: 2026, week: 46 }, -52)).toEqual({ year: 2025, week: 46 });
  });
});

describe("default week", () => {
  it("is the last complete week", () => {
    expect(lastCompleteWeek(new Date("2026-11-21T19:40:00Z"))).toEqual({ year: 2026, week: 46 });
    // On Monday morning the week that just ended is the default.
    expect(lastCompleteWeek(new Date("2026-11-23T00:00:00Z"))).toEqual({ year: 2026, week: 47 });
    expect(lastCompleteWeek(new Date("2027-01-05T08:00:00Z"))).toEqual({ year: 2026, week: 53 });
  });

  it("resolveWeek: absent → default, malformed → null", () => {
    const now = new Date("2026-11-21T19:40:00Z");
    expect(resolveWeek(undefined, now)).toEqual({ year: 2026, week: 46 });
    expect(resolveWeek("", now)).toEqual({ year: 2026, week: 46 });
    expect(resolveWeek("2026-W10", now)).toEqual({ year: 2026, week: 10 });
    expect(resolveWeek("last week", now)).toBeNull();
  });

  it("isIncomplete tells the running week from ended ones", () => {
    const now = new Date("2026-11-21T19:40:00Z");
    expect(isIncomplete({ year: 2026, week: 47 }, now)).toBe(true);
    expect(isIncomplete({ year: 2026, week: 46 }, now)).toBe(false);
  });
});
