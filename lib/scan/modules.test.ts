import { describe, expect, it } from "vitest";
import { parseConfig } from "./config";
import { configModules, createModuleAssigner, detectModules, globBase, pnpmPackages, rootModule, ROOT_MODULE } from "./modules";

const reader = (files: Record<string, string>) => async (p: string) => files[p] ?? null;

async function detect(paths: string[], files: Record<string, string> = {}) {
  const defs = [...(await detectModules(paths, paths.filter((p) => /\.(py|ts|js|java|go|cs)$/.test(p)), reader(files))), rootModule()];
  const assign = createModuleAssigner(defs);
  return { defs, of: (p: string) => assign(p).name };
}

describe("detectModules", () => {
  it("finds Python packages at the top level and under src/, and keeps tests apart", async () => {
    const paths = ["billing/__init__.py", "billing/api.py", "src/auth/__init__.py", "src/auth/x.py", "tests/test_a.py", "setup.py", "notes/readme.md"];
    const { defs, of } = await detect(paths);
    expect(defs.map((d) => [d.name, d.path, d.origin])).toEqual([
      ["billing", "billing", "python-package"],
      ["auth", "src/auth", "python-package"],
      ["tests", "tests", "directory"],
      [ROOT_MODULE, "", "root"],
    ]);
    expect(of("src/auth/deep/y.py")).toBe("auth");
    expect(of("setup.py")).toBe(ROOT_MODULE);
  });

  it("splits a library package with subpackages, but not a test package", async () => {
    const paths = ["lib/sa/__init__.py", "lib/sa/core.py", "lib/sa/orm/__init__.py", "lib/sa/orm/q.py", "lib/sa/sql/__init__.py", "test/__init__.py", "test/orm/__init__.py", "test/sql/__init__.py"];
    const { of } = await detect(paths);
    expect(of("lib/sa/orm/q.py")).toBe("sa.orm");
    expect(of("lib/sa/core.py")).toBe("sa");
    expect(of("test/orm/t.py")).toBe("test");
  });

  it("splits a single Maven project into its Java packages, each with its main and test sources", async () => {
    const base = "src/main/java/org/acme/lang";
    const test = "src/test/java/org/acme/lang";
    const paths = [
      "pom.xml", `${base}/Strings.java`, `${base}/text/Format.java`, `${base}/text/package-info.java`,
      `${base}/time/Clock.java`, `${base}/time/zone/Zone.java`, `${test}/StringsTest.java`, `${test}/time/ClockTest.java`,
      "src/site/index.md",
    ];
    const { defs, of } = await detect(paths);
    expect(defs.filter((d) => d.origin === "java-package").map((d) => [d.name, d.path])).toEqual([
      ["lang.text", `${base}/text`], ["lang.time", `${base}/time`], ["lang", base],
    ]);
    expect(of(`${base}/time/zone/Zone.java`)).toBe("lang.time");
    expect(of(`${test}/time/ClockTest.java`)).toBe("lang.time");
    expect(of(`${base}/Strings.java`)).toBe("lang");
    expect(of(`${test}/StringsTest.java`)).toBe("lang");
    // No source file is left for a top-level "src" module: other files go to the root.
    expect(of("src/site/index.md")).toBe(ROOT_MODULE);
  });

  it("finds Maven, Gradle, Go and Cargo modules, and splits a build module's packages under its name", async () => {
    const paths = [
      "pom.xml", "core/pom.xml", "core/src/main/java/module-info.java", "core/src/main/java/com/x/core/A.java", "core/src/main/java/com/x/core/io/B.java",
      "core/src/main/java/com/x/core/net/C.java", "core/src/test/java/com/x/core/io/BTest.java",
      "app/build.gradle.kts", "app/src/main/java/com/x/App.java", "tools/go.mod", "tools/main.go",
      "src/Api/Api.csproj", "src/Api/Controller.cs",
      "Cargo.toml", "crates/grep-cli/Cargo.toml", "crates/grep-cli/src/lib.rs",
      "node_modules/dep/pom.xml",
    ];
    const { defs, of } = await detect(paths);
    expect(defs.filter((d) => d.origin === "build-module").map((d) => d.name)).toEqual(["app", "core", "grep-cli", "Api", "tools"]);
    expect(of("core/src/test/java/com/x/core/io/BTest.java")).toBe("core.io");
    // The base package's own files stay with their build module.
    expect(of("core/src/main/java/com/x/core/A.java")).toBe("core");
    expect(of("app/src/main/java/com/x/App.java")).toBe("app");
    expect(of("tools/main.go")).toBe("tools");
    expect(of("crates/grep-cli/src/lib.rs")).toBe("grep-cli");
  });

  it("splits pkg/, internal/ and cmd/ of a Go repository into their packages", async () => {
    const paths = ["go.mod", "main.go", "internal/auth/a.go", "internal/auth/a_test.go", "internal/db/b.go", "cmd/tool/main.go", "api/api.go", "api/v1/types.go", "examples/one/x.go", "examples/two/y.go"];
    const { of } = await detect(paths);
    expect(of("internal/auth/a_test.go")).toBe("internal/auth");
    expect(of("internal/db/b.go")).toBe("internal/db");
    // One package below: nothing to split. A directory with Go files of its own stays whole.
    expect(of("cmd/tool/main.go")).toBe("cmd");
    expect(of("api/v1/types.go")).toBe("api");
    expect(of("examples/two/y.go")).toBe("examples");
    expect(of("main.go")).toBe(ROOT_MODULE);
  });

  it("finds package.json workspaces and pnpm workspaces with their package names", async () => {
    const paths = ["package.json", "packages/api/package.json", "packages/api/src/a.ts", "packages/web/package.json", "packages/web/b.ts", "tools/x.ts", "index.ts"];
    const files = { "package.json": JSON.stringify({ workspaces: ["packages/*"] }), "packages/api/package.json": '{"name":"@acme/api"}', "packages/web/package.json": "{}" };
    const { of } = await detect(paths, files);
    expect(of("packages/api/src/a.ts")).toBe("@acme/api");
    expect(of("packages/web/b.ts")).toBe("packages/web");
    expect(of("tools/x.ts")).toBe("tools");
    expect(of("index.ts")).toBe(ROOT_MODULE);

    const pnpm = await detect(["pnpm-workspace.yaml", "apps/a/package.json", "apps/a/i.ts", "apps/b/package.json"], {
      "pnpm-workspace.yaml": "packages:\n  - 'apps/*'\n  - '!apps/b'\n# comment\n",
      "apps/a/package.json": '{"name":"a"}',
      "apps/b/package.json": '{"name":"b"}',
    });
    expect(pnpm.defs.map((d) => d.name)).toEqual(["a", ROOT_MODULE]);
  });

  it("falls back to top-level source directories; directories without source get no module", async () => {
    const { defs } = await detect(["server/a.js", "web/b.ts", "docs/x.md", "main.py"]);
    expect(defs.map((d) => d.name)).toEqual(["server", "web", ROOT_MODULE]);
  });

  it("reads pnpm package lists with comments and quotes", () => {
    expect(pnpmPackages("packages:\n  - \"a/*\" # apps\n  - b\ncatalog:\n  - not-this\n")).toEqual(["a/*", "b"]);
  });
});

describe("createModuleAssigner", () => {
  it("puts every file in exactly one module: config globs in order, first match wins, rest to the root", () => {
    const config = parseConfig({ modules: [{ name: "api", paths: ["src/api/**", "shared/*.ts"] }, { name: "src", paths: ["src"] }] });
    const defs = [...configModules(config), rootModule()];
    const assign = createModuleAssigner(defs);
    const files = ["src/api/a.ts", "src/api/x/b.ts", "shared/c.ts", "shared/deep/d.ts", "src/e.ts", "f.ts"];
    expect(files.map((f) => assign(f).name)).toEqual(["api", "api", "api", ROOT_MODULE, "src", ROOT_MODULE]);
    expect(defs.map((d) => d.path)).toEqual(["src/api", "src", ""]);
  });

  it("uses the longest directory prefix among detected modules", () => {
    const assign = createModuleAssigner([
      { name: "pkg", path: "pkg", origin: "python-package" },
      { name: "pkg.sub", path: "pkg/sub", origin: "python-package" },
      { name: "pk", path: "pk", origin: "directory" },
      rootModule(),
    ]);
    expect(assign("pkg/sub/a.py").name).toBe("pkg.sub");
    expect(assign("pkg/subway/a.py").name).toBe("pkg");
    expect(assign("pkg2/a.py").name).toBe(ROOT_MODULE);
  });

  it("derives a module's directory from its first glob", () => {
    expect(globBase("src/api/**/*.ts")).toBe("src/api");
    expect(globBase("./billing")).toBe("billing");
    expect(globBase("**/*.py")).toBe("");
  });
});
