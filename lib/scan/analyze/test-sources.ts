/** Directories that hold tests in every language's conventions (Maven's `src/test` included). */
const TEST_DIRS = new Set(["test", "tests", "__tests__", "testdata"]);
/** .NET test projects: `Tests`, `Foo.Tests`, `Foo.UnitTests`, `Foo.Specs`... */
const DOTNET_TEST_PROJECT = /(^|\.)(Tests?|Specs|UnitTests|IntegrationTests)$/;
/** pytest's, Go's and the JS runners' test file names, and Rust's `mod tests;` file. */
const TEST_FILE = /^(test_.*\.py|.*_test\.(py|go)|conftest\.py|.*\.(test|spec)\.[cm]?[jt]sx?|tests\.rs)$/;

/**
 * Whether a file is test code by its language's conventions. Test code has no public API (a test
 * function is not something users call, and 40% of SQLAlchemy's findings were its undocumented
 * tests); its complexity and duplication still count.
 */
export function isTestSource(path: string): boolean {
  const parts = path.split("/");
  const file = parts.pop() ?? "";
  if (TEST_FILE.test(file)) return true;
  return parts.some((dir) => TEST_DIRS.has(dir) || DOTNET_TEST_PROJECT.test(dir));
}
