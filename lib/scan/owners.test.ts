import { describe, expect, it } from "vitest";
import { moduleOwners, parseCodeowners } from "./owners";

const CODEOWNERS = `
# default owners
*                 @acme/everyone
*.py              @acme/python   # inline comment
/docs/*           @acme/docs
apps/             @acme/apps
apps/legacy/      
/build/logs/      @acme/ops @alice
**/migrations     @acme/db
`;

describe("CODEOWNERS", () => {
  const co = parseCodeowners(CODEOWNERS);

  it.each([
    ["README.md", ["@acme/everyone"]],
    ["src/a.py", ["@acme/python"]],
    ["docs/guide.md", ["@acme/docs"]],
    // GitHub: "docs/*" does not own files in subdirectories of docs/.
    ["docs/api/ref.md", ["@acme/everyone"]],
    ["apps/web/x.ts", ["@acme/apps"]],
    // Last matching rule wins, even when it names nobody.
    ["apps/legacy/old.py", []],
    ["build/logs/x.log", ["@acme/ops", "@alice"]],
    ["src/build/logs/x.log", ["@acme/everyone"]],
    ["svc/migrations/0001.py", ["@acme/db"]],
  ])("%s -> %j", (path, owners) => {
    expect(co.ownersOf(path)).toEqual(owners);
  });

  it("gives a module the owner set of most of its files", () => {
    expect(moduleOwners(co, ["src/a.py", "src/b.py", "src/c.md"], "src")).toEqual(["@acme/python"]);
    expect(moduleOwners(parseCodeowners(""), ["a.py"], "")).toEqual([]);
  });
});
