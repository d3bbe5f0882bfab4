import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG, loadConfig, parseConfig } from "./config";

describe("parseConfig", () => {
  it("fills the documented defaults", () => {
    expect(DEFAULT_CONFIG.thresholds).toEqual({
      complexity: 10,
      duplication: { minTokens: 50, minLines: 5 },
      slowTestMs: 1000,
      coverageMinimum: 0.8,
    });
    expect(parseConfig({ thresholds: { duplication: { minTokens: 80 } } }).thresholds.duplication).toEqual({ minTokens: 80, minLines: 5 });
  });

  it.each([
    [{ thresholds: { complexity: "10" } }, "thresholds.complexity"],
    [{ thresholds: { complexity: 0 } }, "thresholds.complexity"],
    [{ modulez: [] }, "unknown key modulez"],
    [{ thresholds: { duplication: { minToken: 3 } } }, "unknown key thresholds.duplication.minToken"],
    [{ modules: [{ name: "api", paths: [] }] }, "modules[0].paths"],
    [{ modules: [{ name: "a", paths: ["a/**"] }, { name: "a", paths: ["b/**"] }] }, 'modules[1].name: duplicate module name "a"'],
    [{ languages: ["cobol"] }, "languages[0]"],
    [{ thresholds: { coverageMinimum: 80 } }, "thresholds.coverageMinimum"],
  ])("names the bad key in %j", (raw, key) => {
    expect(() => parseConfig(raw)).toThrow(key);
  });

  it("reports invalid JSON and a missing explicit file, but not a missing default file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "paydown-config-"));
    const bad = join(dir, "bad.json");
    writeFileSync(bad, "{ modules: }");
    await expect(loadConfig(bad, false)).rejects.toThrow(/invalid JSON in .*bad\.json/);
    await expect(loadConfig(join(dir, "nope.json"), true)).rejects.toThrow(/cannot read config/);
    await expect(loadConfig(join(dir, "nope.json"), false)).resolves.toEqual(DEFAULT_CONFIG);
  });
});
