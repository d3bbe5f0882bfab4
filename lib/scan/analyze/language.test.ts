import { describe, expect, it } from "vitest";
import { languageForPath, skipReasonForPath } from "./language";

describe("languageForPath", () => {
  it.each([
    ["a/b.py", "python"], ["x.js", "javascript"], ["x.mjs", "javascript"], ["x.cjs", "javascript"],
    ["x.jsx", "javascript"], ["x.ts", "typescript"], ["x.mts", "typescript"], ["x.cts", "typescript"],
    ["X.TSX", "tsx"], ["src/main/java/A.java", "java"], ["cmd/main.go", "go"], ["x_test.go", "go"], ["src/Api/A.cs", "csharp"], ["crates/core/src/lib.rs", "rust"],
    ["x.d.ts", null], ["x.pyi", null], ["README.md", null], ["dir.py/file", null],
  ])("%s -> %s", (path, language) => {
    expect(languageForPath(path)).toBe(language);
  });

  it("reports type stubs as skipped", () => {
    expect(skipReasonForPath("types/index.d.ts")).toBe("type stub");
    expect(skipReasonForPath("m.pyi")).toBe("type stub");
    expect(skipReasonForPath("m.py")).toBeNull();
  });
});
