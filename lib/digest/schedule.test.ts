import { describe, expect, it } from "vitest";
import { afterFailure, dueWeek, isoWeekLabel, lastCompleteWeek, RETRY, retryDelayMs, sendMomentOfWeek, weekStartOf, weekStartOfLabel } from "./schedule";

const at = (iso: string) => new Date(iso);

describe("ISO weeks", () => {
  it("labels weeks by the year their Thursday is in", () => {
    expect(isoWeekLabel(at("2026-11-16T00:00:00Z"))).toBe("2026-W47");
    expect(isoWeekLabel(at("2026-11-22T23:59:59Z"))).toBe("2026-W47");
    expect(isoWeekLabel(at("2026-11-23T00:00:00Z"))).toBe("2026-W48");
    // 2024-12-30 is a Monday whose Thursday is in 2025.
    expect(isoWeekLabel(at("2024-12-30T12:00:00Z"))).toBe("2025-W01");
    // 2027-01-01 is a Friday: still 2026's week 53.
    expect(isoWeekLabel(at("2027-01-01T12:00:00Z"))).toBe("2026-W53");
    expect(isoWeekLabel(at("2027-01-04T00:00:00Z"))).toBe("2027-W01");
  });

  it("starts weeks on Monday 00:00 UTC, Sunday belonging to the week before", () => {
    expect(weekStartOf(at("2026-11-22T23:00:00Z")).toISOString()).toBe("2026-11-16T00:00:00.000Z");
    expect(weekStartOf(at("2026-11-23T00:00:00Z")).toISOString()).toBe("2026-11-23T00:00:00.000Z");
  });

  it("parses labels back to their Monday and rejects weeks that do not exist", () => {
    expect(weekStartOfLabel("2026-W47")?.toISOString()).toBe("2026-11-16T00:00:00.000Z");
    expect(weekStartOfLabel("2025-W01")?.toISOString()).toBe("2024-12-30T00:00:00.000Z");
    expect(weekStartOfLabel("2026-W53")?.toISOString()).toBe("2026-12-28T00:00:00.000Z");
    expect(weekStartOfLabel("2025-W53")).toBeNull();
    expect(weekStartOfLabel("2026-W00")).toBeNull();
    expect(weekStartOfLabel("2026-47")).toBeNull();
  });

  it("takes the last complete week across a year's end", () => {
    expect(lastCompleteWeek(at("2026-11-23T08:00:00Z"))).toBe("2026-W47");
    expect(lastCompleteWeek(at("2027-01-04T00:00:00Z"))).toBe("2026-W53");
    expect(lastCompleteWeek(at("2027-01-03T23:59:59Z"))).toBe("2026-W52");
    expect(lastCompleteWeek(at("2025-01-06T10:00:00Z"))).toBe("2025-W01");
  });
});

describe("dueWeek", () => {
  const monday8 = { weekday: 1, hour: 8 };

  it("is nothing before this week's slot and the last complete week from the slot on", () => {
    expect(dueWeek(at("2026-11-23T07:59:59Z"), monday8)).toBeNull();
    expect(dueWeek(at("2026-11-23T08:00:00Z"), monday8)).toBe("2026-W47");
    expect(dueWeek(at("2026-11-29T23:59:59Z"), monday8)).toBe("2026-W47");
  });

  it("rolls over to the next week at Monday 00:00 UTC", () => {
    // Sunday late: still the week of the 23rd, its slot passed.
    expect(dueWeek(at("2026-11-29T23:00:00Z"), { weekday: 7, hour: 22 })).toBe("2026-W47");
    // Monday 00:00: a new week whose Sunday slot is far off.
    expect(dueWeek(at("2026-11-30T00:00:00Z"), { weekday: 7, hour: 22 })).toBeNull();
    expect(dueWeek(at("2026-11-30T00:00:00Z"), { weekday: 1, hour: 0 })).toBe("2026-W48");
  });

  it("places the slot on the subscription's weekday and hour", () => {
    expect(sendMomentOfWeek(at("2026-11-25T10:00:00Z"), { weekday: 3, hour: 23 }).toISOString()).toBe("2026-11-25T23:00:00.000Z");
    expect(dueWeek(at("2026-11-25T22:59:00Z"), { weekday: 3, hour: 23 })).toBeNull();
    expect(dueWeek(at("2026-11-26T00:00:00Z"), { weekday: 3, hour: 23 })).toBe("2026-W47");
  });

  it("crosses the year's end", () => {
    expect(dueWeek(at("2027-01-04T09:00:00Z"), monday8)).toBe("2026-W53");
    expect(dueWeek(at("2026-01-05T08:00:00Z"), monday8)).toBe("2026-W01");
  });
});

describe("retry backoff", () => {
  it("waits 5 minutes after the first failure and doubles, capped at 6 hours", () => {
    const minutes = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => retryDelayMs(n) / 60_000);
    expect(minutes).toEqual([5, 10, 20, 40, 80, 160, 320, 360, 360]);
  });

  it("keeps a delivery pending until the last attempt fails, then marks it failed", () => {
    const now = at("2026-11-23T08:00:00Z");
    expect(afterFailure(1, now)).toEqual({ status: "pending", nextAttemptAt: at("2026-11-23T08:05:00Z") });
    expect(afterFailure(RETRY.maxAttempts - 1, now).status).toBe("pending");
    expect(afterFailure(RETRY.maxAttempts, now)).toEqual({ status: "failed", nextAttemptAt: now });
  });
});
