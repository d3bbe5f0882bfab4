import { describe, expect, it } from "vitest";
import { formatNetMinutes, formatRate } from "./format";

describe("formatNetMinutes", () => {
  it("signs changes and leaves zero bare", () => {
    expect(formatNetMinutes(-70)).toBe("−1h 10m");
    expect(formatNetMinutes(5)).toBe("+5m");
    expect(formatNetMinutes(0)).toBe("0m");
  });
});

describe("formatRate", () => {
  it("reads per point or hour, and a dash when unknown", () => {
    expect(formatRate(149.6, "points")).toBe("150 min/pt");
    expect(formatRate(30, "hours")).toBe("30 min/h");
    expect(formatRate(null, "points")).toBe("—");
  });
});
