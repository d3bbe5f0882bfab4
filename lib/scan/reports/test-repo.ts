/** The repository the report tests map onto (fixtures under ./fixtures name these files). */
export const REPO_ROOT = "/repo";
export const REPO_FILES = [
  "README.md",
  "src/pkg/__init__.py",
  "src/pkg/api.py",
  "src/pkg/util.py",
  "tests/util.py",
  "tests/test_api.py",
  "lib/a.ts",
  "lib/b.ts",
  "web/src/index.ts",
  "web/src/index.test.ts",
  "api/src/index.ts",
  "e2e/home.spec.ts",
  "src/test/java/com/acme/FooTest.java",
  "core/src/main/java/com/acme/Foo.java",
  "core/src/main/java/com/acme/util/Strings.java",
  "server/handler.go",
  "server/handler_test.go",
  "main.go",
];
