import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Tree } from "web-tree-sitter";
import type { Language } from "../types";
import { initAnalyzer, readyParser, runtimeCursorExports } from "./grammars";
import { walkCursor, type CursorExports } from "./raw-cursor";

/** Pre-order visit of every node, asking for the Node of every named one in between moves. */
function visit(tree: Tree, exports: CursorExports | null): string[] {
  const cursor = walkCursor(tree, exports);
  const seen: string[] = [];
  try {
    for (;;) {
      const id = cursor.nodeTypeId;
      const end = cursor.endIndex;
      const start = cursor.startIndex;
      let extra = "";
      if (id % 3 === 0) {
        // Node calls overwrite the runtime's transfer buffer; the walk must carry on regardless.
        const node = cursor.currentNode;
        extra = ` ${node.type}:${node.childCount}:${node.parent?.type ?? "-"}`;
      }
      seen.push(`${id}@${start}-${end}${extra}`);
      if (cursor.gotoFirstChild()) continue;
      let moved = cursor.gotoNextSibling();
      while (!moved) {
        if (!cursor.gotoParent()) break;
        moved = cursor.gotoNextSibling();
      }
      if (!moved) break;
    }
  } finally {
    cursor.delete();
  }
  return seen;
}

const SOURCES: Array<[Language, string]> = [
  ["typescript", readFileSync(new URL("./walker.ts", import.meta.url), "utf8")],
  ["typescript", readFileSync(new URL("./raw-cursor.ts", import.meta.url), "utf8")],
  ["tsx", "export const A = ({ x }: { x?: number }) => <div>{x ?? 0}{[1, 2].map((y) => <b key={y}>{y}</b>)}</div>;\n"],
  ["python", "class A:\n    '''doc'''\n    def f(self, x):\n        return [y for y in x if y] or None\n\n\ndef g():\n    pass\n"],
  ["javascript", "function f(a) { if (a) { return 1 } else if (a > 2) { return 2 } return a?.b ?? 3 }\n"],
];

describe("direct cursor calls", () => {
  it("finds the runtime's cursor exports", async () => {
    await initAnalyzer();
    expect(runtimeCursorExports()).not.toBeNull();
  });

  it.each(SOURCES.map(([lang, source], i) => [`${lang} #${i}`, lang, source] as const))(
    "visit the same nodes as web-tree-sitter's cursor (%s)",
    async (_label, lang, source) => {
      await initAnalyzer([lang]);
      const tree = readyParser(lang).parser.parse(source)!;
      try {
        const viaWrapper = visit(tree, null);
        expect(viaWrapper.length).toBeGreaterThan(10);
        expect(visit(tree, runtimeCursorExports())).toEqual(viaWrapper);
      } finally {
        tree.delete();
      }
    },
  );
});
