// A cursor over a web-tree-sitter tree that calls tree-sitter's wasm functions directly.
//
// web-tree-sitter's TreeCursor keeps its state in JavaScript and copies it into wasm memory and
// back around every call (four `setValue` before, four `getValue` after each move): walking a
// 20,000-line module (250,000 nodes, about a million calls) spent two thirds of its time there.
// The wasm functions read the cursor from one transfer buffer and write it back there, so a walk
// that makes no other call into web-tree-sitter between two moves can leave the state in the buffer.
import type { Node, Tree, TreeCursor } from 'web-tree-sitter';

/** What a walk asks of a cursor: the subset of web-tree-sitter's TreeCursor both kinds answer alike. */
export interface Cursor {
  readonly nodeTypeId: number;
  readonly currentFieldId: number;
  readonly startIndex: number;
  readonly endIndex: number;
  /** A Node for the current node (costs what a TreeCursor's does). */
  readonly currentNode: Node;
  gotoFirstChild(): boolean;
  gotoNextSibling(): boolean;
  gotoParent(): boolean;
  delete(): void;
}

type TreeFunction = (tree: number) => number;

/** The Emscripten module's exports the fast cursor uses. */
interface WasmExports {
  HEAP32: Int32Array;
  _ts_init(): number;
  _ts_tree_cursor_goto_first_child_wasm: TreeFunction;
  _ts_tree_cursor_goto_next_sibling_wasm: TreeFunction;
  _ts_tree_cursor_goto_parent_wasm: TreeFunction;
  _ts_tree_cursor_current_node_type_id_wasm: TreeFunction;
  _ts_tree_cursor_current_field_id_wasm: TreeFunction;
  _ts_tree_cursor_start_index_wasm: TreeFunction;
  _ts_tree_cursor_end_index_wasm: TreeFunction;
}

/**
 * The options object for `Parser.init`: web-tree-sitter's Emscripten build (MODULARIZE) makes the
 * object it is given the module itself, so after `Parser.init(treeSitterModule)` this holds the wasm
 * exports and the memory. `loadLanguages` (parsing/languages.ts) passes it.
 */
export const treeSitterModule: Record<string, unknown> = {};

const required = [
  '_ts_init', '_ts_tree_cursor_goto_first_child_wasm', '_ts_tree_cursor_goto_next_sibling_wasm',
  '_ts_tree_cursor_goto_parent_wasm', '_ts_tree_cursor_current_node_type_id_wasm',
  '_ts_tree_cursor_current_field_id_wasm', '_ts_tree_cursor_start_index_wasm', '_ts_tree_cursor_end_index_wasm',
];

let exportsChecked: WasmExports | null | undefined;
let transferBuffer = 0;

function wasmExports(): WasmExports | null {
  if (exportsChecked !== undefined) return exportsChecked;
  const module = treeSitterModule as Partial<WasmExports> & Record<string, unknown>;
  // Not initialised through `treeSitterModule` (yet), or another build of web-tree-sitter: the
  // TreeCursor it gives is used as it is. Checked again until the module is there.
  if (!(module.HEAP32 instanceof Int32Array) || required.some((name) => typeof module[name] !== 'function')) return null;
  exportsChecked = module as WasmExports;
  // The address of the transfer buffer (a static array; `ts_init` only writes two version numbers into it).
  transferBuffer = exportsChecked._ts_init() >> 2;
  return exportsChecked;
}

type CursorState = TreeCursor & Record<0 | 1 | 2 | 3, number>;

class WasmCursor implements Cursor {
  private readonly tree: number;
  /** The state is in the TreeCursor, not the transfer buffer (other calls may have used it since). */
  private away = false;

  constructor(
    private readonly cursor: CursorState,
    private readonly wasm: WasmExports,
  ) {
    this.tree = (cursor as unknown as { tree: Tree & Record<0, number> }).tree[0];
  }

  get nodeTypeId(): number {
    if (this.away) this.resume();
    return this.wasm._ts_tree_cursor_current_node_type_id_wasm(this.tree);
  }
  get currentFieldId(): number {
    if (this.away) this.resume();
    return this.wasm._ts_tree_cursor_current_field_id_wasm(this.tree);
  }
  get startIndex(): number {
    if (this.away) this.resume();
    return this.wasm._ts_tree_cursor_start_index_wasm(this.tree);
  }
  get endIndex(): number {
    if (this.away) this.resume();
    return this.wasm._ts_tree_cursor_end_index_wasm(this.tree);
  }
  /** After it, the caller may use web-tree-sitter freely: the next call on the cursor puts its state back. */
  get currentNode(): Node {
    if (!this.away) this.leave();
    return this.cursor.currentNode;
  }
  gotoFirstChild(): boolean {
    if (this.away) this.resume();
    return this.wasm._ts_tree_cursor_goto_first_child_wasm(this.tree) === 1;
  }
  gotoNextSibling(): boolean {
    if (this.away) this.resume();
    return this.wasm._ts_tree_cursor_goto_next_sibling_wasm(this.tree) === 1;
  }
  gotoParent(): boolean {
    if (this.away) this.resume();
    return this.wasm._ts_tree_cursor_goto_parent_wasm(this.tree) === 1;
  }
  delete(): void {
    if (!this.away) this.leave();
    this.cursor.delete();
  }

  /** The state from the transfer buffer into the TreeCursor (HEAP32 read again: the memory may have grown). */
  leave(): void {
    const heap = this.wasm.HEAP32;
    for (let i = 0; i < 4; i++) this.cursor[i as 0] = heap[transferBuffer + i];
    this.away = true;
  }

  /** The TreeCursor's state back into the transfer buffer. */
  private resume(): void {
    const heap = this.wasm.HEAP32;
    for (let i = 0; i < 4; i++) heap[transferBuffer + i] = this.cursor[i as 0];
    this.away = false;
  }
}

/**
 * A cursor at `node` (its walk cannot leave it) that calls wasm directly where it can, else the
 * TreeCursor itself. Between two moves nothing else may call web-tree-sitter, except after
 * `currentNode` (which moves the state out of the transfer buffer until the next call) or before the
 * first call.
 */
export function cursorAt(node: Node): Cursor {
  const wasm = wasmExports();
  if (!wasm) return node.walk();
  // Asked before the walk: a Node's getters use the transfer buffer too.
  const typeId = node.typeId;
  const cursor = node.walk() as CursorState;
  // `walk()` left the new cursor's state in the transfer buffer: the same values in our module's
  // memory, and the same answer about the node, prove it is the module web-tree-sitter runs on (not
  // one of an earlier `Parser.init`).
  const heap = wasm.HEAP32;
  for (let i = 0; i < 4; i++) if (heap[transferBuffer + i] !== cursor[i as 0]) return cursor;
  const fast = new WasmCursor(cursor, wasm);
  if (fast.nodeTypeId !== typeId || fast.startIndex !== node.startIndex) return cursor;
  // Its first call takes the state back, whatever ran in between.
  fast.leave();
  return fast;
}
