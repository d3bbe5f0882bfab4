import type { Node, Tree, TreeCursor } from "web-tree-sitter";

/**
 * The part of the runtime's Emscripten module the walk calls directly. web-tree-sitter's own
 * TreeCursor copies the cursor's four words into the runtime's transfer buffer before every
 * call and back after every move, through setValue/getValue: on SQLAlchemy that marshalling was
 * 23% of the analyser's time, more than the cursor moves themselves. The C side reads and writes
 * the cursor in the transfer buffer, so between two of our calls it stays there, already current.
 */
export interface CursorExports {
  HEAP32: Int32Array;
  _ts_init(): number;
  _ts_tree_cursor_current_node_type_id_wasm(tree: number): number;
  _ts_tree_cursor_start_index_wasm(tree: number): number;
  _ts_tree_cursor_end_index_wasm(tree: number): number;
  _ts_tree_cursor_goto_first_child_wasm(tree: number): number;
  _ts_tree_cursor_goto_next_sibling_wasm(tree: number): number;
  _ts_tree_cursor_goto_parent_wasm(tree: number): number;
}

const REQUIRED: (keyof CursorExports)[] = [
  "_ts_init",
  "_ts_tree_cursor_current_node_type_id_wasm",
  "_ts_tree_cursor_start_index_wasm",
  "_ts_tree_cursor_end_index_wasm",
  "_ts_tree_cursor_goto_first_child_wasm",
  "_ts_tree_cursor_goto_next_sibling_wasm",
  "_ts_tree_cursor_goto_parent_wasm",
];

/** The runtime module's exports when it has them all (a different web-tree-sitter may not). */
export function cursorExports(module: object): CursorExports | null {
  const m = module as Record<string, unknown>;
  if (!(m.HEAP32 instanceof Int32Array)) return null;
  return REQUIRED.every((k) => typeof m[k] === "function") ? (module as CursorExports) : null;
}

/** What the walker needs of a cursor: web-tree-sitter's TreeCursor has it too. */
export interface WalkCursor {
  readonly nodeTypeId: number;
  readonly startIndex: number;
  readonly endIndex: number;
  readonly currentNode: Node;
  gotoFirstChild(): boolean;
  gotoNextSibling(): boolean;
  gotoParent(): boolean;
  delete(): void;
}

/** Words of cursor state in the transfer buffer (web-tree-sitter's marshalTreeCursor). */
const CURSOR_WORDS = 4;

type CursorWords = TreeCursor & Record<0 | 1 | 2 | 3, number>;

class RawCursor implements WalkCursor {
  private readonly words: number;
  private readonly handle: number;
  /** The transfer buffer holds something else (a node) since the last cursor call. */
  private displaced = false;

  constructor(
    private readonly m: CursorExports,
    private readonly inner: CursorWords,
    tree: Tree,
  ) {
    this.words = m._ts_init() >> 2;
    this.handle = (tree as unknown as Record<0, number>)[0];
    this.store();
  }

  /** JS copy of the cursor -> transfer buffer. */
  private store(): void {
    const heap = this.m.HEAP32;
    for (let k = 0; k < CURSOR_WORDS; k++) heap[this.words + k] = this.inner[k as 0];
    this.displaced = false;
  }

  /** Transfer buffer -> JS copy of the cursor, so web-tree-sitter's own methods see where we are. */
  private load(): void {
    const heap = this.m.HEAP32;
    for (let k = 0; k < CURSOR_WORDS; k++) this.inner[k as 0] = heap[this.words + k]!;
  }

  get nodeTypeId(): number {
    if (this.displaced) this.store();
    return this.m._ts_tree_cursor_current_node_type_id_wasm(this.handle);
  }

  get startIndex(): number {
    if (this.displaced) this.store();
    return this.m._ts_tree_cursor_start_index_wasm(this.handle);
  }

  get endIndex(): number {
    if (this.displaced) this.store();
    return this.m._ts_tree_cursor_end_index_wasm(this.handle);
  }

  /**
   * A Node through the wrapper; it (and whatever the caller asks of it) overwrites the buffer.
   * Use the node before the next cursor call: that call puts the cursor back in the buffer,
   * and a Node call after it would overwrite the cursor unnoticed.
   */
  get currentNode(): Node {
    if (this.displaced) this.store();
    this.load();
    this.displaced = true;
    return this.inner.currentNode;
  }

  gotoFirstChild(): boolean {
    if (this.displaced) this.store();
    return this.m._ts_tree_cursor_goto_first_child_wasm(this.handle) === 1;
  }

  gotoNextSibling(): boolean {
    if (this.displaced) this.store();
    return this.m._ts_tree_cursor_goto_next_sibling_wasm(this.handle) === 1;
  }

  gotoParent(): boolean {
    if (this.displaced) this.store();
    return this.m._ts_tree_cursor_goto_parent_wasm(this.handle) === 1;
  }

  delete(): void {
    if (!this.displaced) this.load();
    this.inner.delete();
  }
}

/** A cursor at the tree's root: the direct one when the runtime's exports allow it. */
export function walkCursor(tree: Tree, exports: CursorExports | null): WalkCursor {
  const inner = tree.walk() as CursorWords;
  return exports ? new RawCursor(exports, inner, tree) : inner;
}
