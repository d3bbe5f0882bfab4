import { F } from "./node-tables";

/**
 * Token hashing for clone detection. Identifiers and literals collapse to one constant per
 * kind so renamed copies hash alike; everything else hashes by its text (FNV-1a, 32 bit).
 */
export function hashText(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export const IDENTIFIER_HASH = hashText("\u0000identifier");
export const STRING_HASH = hashText("\u0000string");
export const NUMBER_HASH = hashText("\u0000number");
export const TEMPLATE_HASH = hashText("\u0000template");
export const REGEX_HASH = hashText("\u0000regex");

/**
 * A leaf token's hash: its kind's constant for identifiers and literals, else its text's hash,
 * memoised per node type in `anonHash` for anonymous nodes (whose text their type fixes).
 */
export function leafHash(id: number, fl: number, source: string, start: number, end: number, anonHash: Uint32Array): number {
  if (fl & (F.STRING_PART | F.TEMPLATE_PART)) return fl & F.TEMPLATE_PART ? TEMPLATE_HASH : STRING_HASH;
  if (fl & F.IDENTIFIER) return IDENTIFIER_HASH;
  if (fl & F.NUMBER) return NUMBER_HASH;
  if (fl & F.ATOM_STRING) return STRING_HASH;
  if (fl & F.ATOM_REGEX) return REGEX_HASH;
  let hash = anonHash[id]!;
  if (hash === 0) {
    hash = hashText(source.slice(start, end));
    if (!(fl & F.NAMED)) anonHash[id] = hash;
  }
  return hash;
}

/** Growable pair of typed arrays, trimmed to size at the end. */
export class TokenBuffer {
  private hashes: Uint32Array;
  private lines: Uint32Array;
  length = 0;

  constructor(capacity: number) {
    this.hashes = new Uint32Array(Math.max(16, capacity));
    this.lines = new Uint32Array(Math.max(16, capacity));
  }

  /** Room for `need` tokens, at least doubling so pushes stay amortised O(1). */
  private reserve(need: number): void {
    if (need <= this.hashes.length) return;
    const capacity = Math.max(need, this.length * 2);
    const hashes = new Uint32Array(capacity);
    hashes.set(this.hashes.subarray(0, this.length));
    const lines = new Uint32Array(capacity);
    lines.set(this.lines.subarray(0, this.length));
    this.hashes = hashes;
    this.lines = lines;
  }

  push(hash: number, line: number): void {
    this.reserve(this.length + 1);
    this.hashes[this.length] = hash;
    this.lines[this.length] = line;
    this.length++;
  }

  /** Appends `lines`-shifted copies of tokens [from, to) of another stream. */
  pushShifted(hashes: Uint32Array, lines: Uint32Array, from: number, to: number, rows: number): void {
    const need = this.length + (to - from);
    this.reserve(need);
    this.hashes.set(hashes.subarray(from, to), this.length);
    const out = this.lines;
    for (let i = from, o = this.length; i < to; i++, o++) out[o] = lines[i]! + rows;
    this.length = need;
  }

  finish(): { hashes: Uint32Array; lines: Uint32Array } {
    return { hashes: this.hashes.slice(0, this.length), lines: this.lines.slice(0, this.length) };
  }
}
