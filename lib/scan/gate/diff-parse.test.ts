import { describe, expect, it } from "vitest";
import { changedLinesByFile, parseUnifiedDiff, previousPaths, unquotePath } from "./diff-parse";

// Real output of `git diff -M --unified=0 --src-prefix=a/ --dst-prefix=b/` (git 2.39) for a deleted
// file, a binary change, three hunks ending without a newline, a rename with an edit, a mode change,
// a new file whose name has a space and a new file git quotes.
const MIXED = `diff --git a/gone.py b/gone.py
deleted file mode 100644
index 286c5f5..0000000
--- a/gone.py
+++ /dev/null
@@ -1 +0,0 @@
-gone
diff --git a/img.bin b/img.bin
index bdc955b..8835708 100644
Binary files a/img.bin and b/img.bin differ
diff --git a/keep.py b/keep.py
index 92dfa21..8c1ed21 100644
--- a/keep.py
+++ b/keep.py
@@ -2 +2 @@ a
-b
+B
@@ -9 +9 @@ h
-i
+I
@@ -10,0 +11 @@ j
+k
\\ No newline at end of file
diff --git a/old_name.py b/new_name.py
similarity index 82%
rename from old_name.py
rename to new_name.py
index b566061..2019eda 100644
--- a/old_name.py
+++ b/new_name.py
@@ -6,0 +7 @@ six
+seven
diff --git a/run.sh b/run.sh
old mode 100644
new mode 100755
diff --git a/sp ace.py b/sp ace.py
new file mode 100644
index 0000000..2c18545
--- /dev/null
+++ b/sp ace.py\t
@@ -0,0 +1,2 @@
+x = 1
+y = 2
diff --git "a/t\\303\\251st.py" "b/t\\303\\251st.py"
new file mode 100644
index 0000000..b680253
--- /dev/null
+++ "b/t\\303\\251st.py"
@@ -0,0 +1 @@
+z
`;

describe("parseUnifiedDiff", () => {
  const changes = parseUnifiedDiff(MIXED);
  const byPath = new Map(changes.map((c) => [c.path, c]));

  it("lists every file once, in diff order", () => {
    expect(changes.map((c) => c.path)).toEqual(["gone.py", "img.bin", "keep.py", "new_name.py", "run.sh", "sp ace.py", "tést.py"]);
  });

  it("a deleted file adds no lines and keeps its old path", () => {
    expect(byPath.get("gone.py")).toMatchObject({ status: "deleted", oldPath: "gone.py", addedLines: [], binary: false });
  });

  it("a binary change is flagged and has no lines", () => {
    expect(byPath.get("img.bin")).toMatchObject({ status: "modified", binary: true, addedLines: [] });
  });

  it("reads every hunk of a file and ignores the no-newline marker", () => {
    expect(byPath.get("keep.py")).toMatchObject({ status: "modified", oldPath: "keep.py", addedLines: [2, 9, 11] });
  });

  it("a rename keeps the old path and the lines added in the new file", () => {
    expect(byPath.get("new_name.py")).toMatchObject({ status: "renamed", oldPath: "old_name.py", addedLines: [7] });
  });

  it("a mode-only change is a modification with the modes and no lines", () => {
    expect(byPath.get("run.sh")).toMatchObject({ status: "modified", oldPath: "run.sh", modeChange: { from: "100644", to: "100755" }, addedLines: [] });
  });

  it("new files, with a space or quoted by git, have no old path and all their lines added", () => {
    expect(byPath.get("sp ace.py")).toMatchObject({ status: "added", oldPath: null, addedLines: [1, 2] });
    expect(byPath.get("tést.py")).toMatchObject({ status: "added", oldPath: null, addedLines: [1] });
  });

  it("counts context lines in hunks with context and never reads removed '---' lines as headers", () => {
    const diff = `diff --git a/f.py b/f.py
index 1..2 100644
--- a/f.py
+++ b/f.py
@@ -1,6 +1,7 @@
 def f():
-    return 1
+    x = 2
+    return x
 
--- not a header, a removed line
 tail
 end
@@ -20,2 +21,2 @@ def g():
-old
+new
 same
`;
    const [c] = parseUnifiedDiff(diff);
    expect(c).toMatchObject({ path: "f.py", status: "modified", addedLines: [2, 3, 21] });
  });

  it("reads a change that adds a final newline (no-newline marker between - and +)", () => {
    const diff = `diff --git a/n.py b/n.py
index 1..2 100644
--- a/n.py
+++ b/n.py
@@ -3 +3,2 @@ b
-c
\\ No newline at end of file
+c
+d
`;
    expect(parseUnifiedDiff(diff)[0]!.addedLines).toEqual([3, 4]);
  });

  it("an empty diff is no changes", () => {
    expect(parseUnifiedDiff("")).toEqual([]);
  });
});

describe("changedLinesByFile and previousPaths", () => {
  const changes = parseUnifiedDiff(MIXED);
  it("maps current paths to their added lines, leaving out deleted, binary and unchanged-content files", () => {
    const lines = changedLinesByFile(changes);
    expect([...lines.keys()].sort()).toEqual(["keep.py", "new_name.py", "sp ace.py", "tést.py"]);
    expect([...lines.get("keep.py")!]).toEqual([2, 9, 11]);
  });
  it("maps renamed files back to their path at the merge base", () => {
    expect([...previousPaths(changes)]).toEqual([["new_name.py", "old_name.py"]]);
  });
});

describe("unquotePath", () => {
  it("decodes git's C-style octal UTF-8 and escapes", () => {
    expect(unquotePath('"a/t\\303\\251st\\t\\"q\\".py"')).toBe('a/tést\t"q".py');
    expect(unquotePath("plain/path.py")).toBe("plain/path.py");
  });
});
