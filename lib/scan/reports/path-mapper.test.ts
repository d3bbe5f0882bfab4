import { describe, expect, it } from "vitest";
import { createPathMapper, splitPath } from "./path-mapper";
import { REPO_FILES, REPO_ROOT } from "./test-repo";

const mapper = createPathMapper(REPO_ROOT, REPO_FILES);

describe("createPathMapper", () => {
  it("maps repository-relative paths, with ./ prefixes and backslashes", () => {
    expect(mapper.map("src/pkg/api.py")).toBe("src/pkg/api.py");
    expect(mapper.map("./src/pkg/api.py")).toBe("src/pkg/api.py");
    expect(mapper.map("src\\pkg\\api.py")).toBe("src/pkg/api.py");
    expect(mapper.map("src/pkg/../pkg/./api.py")).toBe("src/pkg/api.py");
  });

  it("maps absolute paths inside the repository root, and nothing else there", () => {
    expect(mapper.map("/repo/lib/a.ts")).toBe("lib/a.ts");
    expect(mapper.map("file:///repo/lib/a.ts")).toBe("lib/a.ts");
    // Inside the checkout but not a repository file: generated or vendored, never matched by suffix.
    expect(mapper.map("/repo/node_modules/x/lib/a.ts")).toBeNull();
  });

  it("maps a CI checkout elsewhere by the longest unambiguous suffix", () => {
    expect(mapper.map("/home/runner/work/proj/proj/src/pkg/api.py")).toBe("src/pkg/api.py");
    expect(mapper.map("/home/runner/work/proj/proj/web/src/index.ts")).toBe("web/src/index.ts");
    expect(mapper.map("C:\\a\\proj\\lib\\b.ts")).toBe("lib/b.ts");
    // Windows paths compare case-insensitively when nothing matches exactly.
    expect(mapper.map("C:\\A\\Proj\\LIB\\B.TS")).toBe("lib/b.ts");
  });

  it("refuses ambiguous and partially overlapping suffixes", () => {
    // web/src/index.ts and api/src/index.ts both end with src/index.ts.
    expect(mapper.map("/elsewhere/src/index.ts")).toBeNull();
    expect(mapper.map("util.py")).toBeNull();
    // other/pkg/api.py shares pkg/api.py with src/pkg/api.py, but neither path ends with the other.
    expect(mapper.map("/x/other/pkg/api.py")).toBeNull();
    expect(mapper.map("/x/missing.py")).toBeNull();
  });

  it("resolves relative paths against source roots and the report directory's parents", () => {
    expect(mapper.map("pkg/api.py", { sourceRoots: ["/repo/src"] })).toBe("src/pkg/api.py");
    expect(mapper.map("pkg/api.py", { sourceRoots: ["src"] })).toBe("src/pkg/api.py");
    // A monorepo package's report: packages' own src/index.ts, not the ambiguous suffix.
    expect(mapper.map("src/index.ts", { reportDir: "/repo/web/coverage" })).toBe("web/src/index.ts");
    expect(mapper.map("src/index.ts", { reportDir: "/repo/api/coverage" })).toBe("api/src/index.ts");
    expect(mapper.map("../lib/a.ts", { reportDir: "/repo/coverage" })).toBe("lib/a.ts");
  });

  it("joins Cobertura package names to package-relative file names", () => {
    expect(mapper.map("util.py", { packageName: "src.pkg" })).toBe("src/pkg/util.py");
    expect(mapper.map("src/pkg/util.py", { packageName: "src.pkg" })).toBe("src/pkg/util.py");
  });

  it("with wholeName, only matches files that end with the whole name", () => {
    expect(mapper.map("com/acme/FooTest.java", { wholeName: true })).toBe("src/test/java/com/acme/FooTest.java");
    expect(mapper.map("tests/test_api/TestClient.py", { wholeName: true })).toBeNull();
    expect(createPathMapper("/r", ["TestClient.py"]).map("tests/test_api/TestClient.py", { wholeName: true })).toBeNull();
    expect(createPathMapper("/r", ["TestClient.py"]).map("tests/test_api/TestClient.py")).toBe("TestClient.py");
  });
});

describe("splitPath", () => {
  it("normalises drive letters, file URLs and dot segments", () => {
    expect(splitPath("file:///C:/a/b.py")).toEqual({ absolute: true, windows: true, segments: ["C:", "a", "b.py"] });
    expect(splitPath("../x/./y")).toEqual({ absolute: false, windows: false, segments: ["..", "x", "y"] });
    expect(splitPath("/a/../../b")).toEqual({ absolute: true, windows: false, segments: ["b"] });
  });
});
