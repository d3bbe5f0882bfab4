import { describe, expect, it } from "vitest";
import { isTestSource } from "./test-sources";

describe("isTestSource", () => {
  it.each([
    ["tests/test_api.py", true], ["pkg/test_api.py", true], ["pkg/api_test.py", true], ["conftest.py", true],
    ["test/orm/helpers.py", true], ["lib/sqlalchemy/testing/fixtures.py", false], ["pkg/contest.py", false],
    ["web/src/index.test.ts", true], ["app/page.spec.tsx", true], ["src/__tests__/a.js", true], ["lib/latest.ts", false],
    ["core/src/test/java/com/x/ATest.java", true], ["core/src/main/java/com/x/A.java", false],
    ["server/handler_test.go", true], ["server/testdata/x.go", true], ["server/handler.go", false],
    ["test/Polly.Specs/RetrySpecs.cs", true], ["src/Api.Tests/ATests.cs", true], ["src/Api.UnitTests/A.cs", true],
    ["src/Contests/Contest.cs", false], ["src/Api/Attestation.cs", false],
    ["crates/cli/tests/integration.rs", true], ["src/walk/tests.rs", true], ["src/attests.rs", false],
  ])("%s -> %s", (path, expected) => {
    expect(isTestSource(path)).toBe(expected);
  });
});
