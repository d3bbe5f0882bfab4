import type { Frame } from "./frame";
import { F } from "./node-tables";

/*
 * Explain mode: what Lizard 1.24 would count, quirks included, per function and cause. Each
 * rule mirrors a line of lizard_languages/typescript.py, tsx.py, code_reader.py or python.py;
 * docs/scanner.md lists them with examples, docs/benchmarks.md their counts on real code.
 * Never used for metrics.
 */

const DECIDING = F.DECISION | F.QUESTION | F.NULLISH | F.OPTIONAL_CHAIN | F.FINALLY | F.PROPERTY | F.ATOM_REGEX;
// Lizard joins `/…/` into one token only when one of these is glued right before it.
const REGEX_PRECEDERS = "=,({[?:!&|;";
const KEYWORD_PROPERTIES = new Set(["catch", "if", "for", "while", "case"]);

export const CAUSES = {
  ternaryGlued: "ternary ? right after a word",
  question: "? that is not a ternary",
  nullish: "?? counted twice",
  optionalChain: "?. right after a name (Lizard's TS tokenizer reads `name?` as one token)",
  finally: "finally",
  floorDiv: "line after // (Lizard reads a comment)",
  template: "decision inside template literal ${…}",
  regex: "regex literal Lizard does not recognise (its ? || && count)",
  keywordProperty: "keyword as a name other than `x.catch` (`{ case: … }`, `x.for`)",
  arrowCut: "arrow body after a line break (Lizard ends the function there)",
  arrowParams: "anonymous arrow's parameters (Lizard starts the function at =>)",
  arrowMerged: "curried arrow (Lizard merges it into the outer arrow)",
  droppedParen: "`(…)` Lizard reads as parameters and drops with the token after its `)` (`x = (…)`, `key: (…)`, `...f(…)`, `f(…)` in an object or JSX child)",
} as const;

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** Lizard's TS tokenizer glues a `?` to a word right before it (`x?`), so that `?` is not counted. */
function gluedToWord(source: string, index: number): boolean {
  let i = index - 1;
  if (i < 0 || !isWordChar(source.charCodeAt(i))) return false;
  while (i >= 0 && isWordChar(source.charCodeAt(i))) i--;
  const before = i >= 0 ? source.charCodeAt(i) : 0;
  return before !== 36 && before !== 35; // `$x` and `#x` are tokens of their own
}

/** The function Lizard credits once `frame` has ended or been merged for Lizard. */
function lizardHome(frame: Frame | null): Frame | null {
  let f = frame;
  while (f && (f.lizEndRow >= 0 || f.lizMergedInto)) f = f.lizMergedInto ?? f.parent;
  return f;
}

function bump(frame: Frame, cause: string, n: number): void {
  const total = (frame.quirks[cause] ?? 0) + n;
  if (total === 0) delete frame.quirks[cause];
  else frame.quirks[cause] = total;
}

export class LizardExplainer {
  private readonly glued: (source: string, index: number) => boolean;
  private templateDepth = 0;
  private swallowRow = -1;
  private lastFlags = 0;
  // `name = (`, `key: (`, `...f(` look like a function to Lizard. 1: after a plain `name =` /
  // `key:`; 2: after an object spread's `...`; 3: after `...name`.
  private voidArm = 0;
  // Lizard then reads up to the first `)` as parameters (1), and drops the "function" with the
  // decisions read unless `{`, `=>` or `:` follows that `)` (2).
  private voidState = 0;
  private readonly voided: [Frame, number][] = [];
  private readonly objects: { depth: number; inProp: boolean; sticky: boolean }[] = [];
  private lastStart = 0;
  private lastEnd = 0;
  private pairKey = -1;
  private pairKeyEnd = -1;

  /** `jsxTokens`: Lizard reads .tsx/.jsx with its TSX tokenizer, which has no `word?` token. */
  constructor(private readonly source: string, private readonly flags: Uint32Array, jsxTokens: boolean) {
    this.glued = jsxTokens ? () => false : gluedToWord;
  }

  /** A node with children is entered / left. */
  enter(fl: number): void {
    if (fl & F.TEMPLATE_SUBST) this.templateDepth++;
    const arm = this.voidArm;
    if (arm && this.voidState === 0 && ((fl & F.PAREN_EXPR && arm < 3) || (fl & F.ARGUMENTS && arm === 3))) this.voidState = 1;
  }

  exit(fl: number): void {
    if (fl & F.TEMPLATE_SUBST) this.templateDepth--;
  }

  /** A new function frame became the innermost one. */
  started(frame: Frame): void {
    const parent = frame.parent;
    const outer = parent?.lizMergedInto ?? parent;
    if (frame.head.isArrow && outer && outer.head.exprBodyStart >= 0 && outer.lizEndRow < 0
      && outer.lizDepth === 0 && frame.startIndex >= outer.head.exprBodyStart) frame.lizMergedInto = outer;
  }

  /** Every leaf token, after ours counted `ours` decisions for `top`. */
  token(top: Frame | null, fl: number, start: number, end: number, row: number, newline: boolean,
    ours: number, parentFlags: number, grandFlags: number): void {
    const { source } = this;
    const dropped = this.trackDroppedParen(fl, start, end, parentFlags, grandFlags, newline, top?.lizMergedInto ?? top);
    if (!top) return;
    if (fl & F.FLOOR_DIV) this.swallowRow = row;
    const liz = top.lizMergedInto ?? top;
    const wasCut = liz.lizEndRow >= 0;
    if (liz.head.exprBodyStart >= 0 && !wasCut && start >= liz.head.exprBodyStart && this.templateDepth === 0) {
      // Lizard ends an expression-bodied arrow at the first token starting a line outside its
      // `(…)`/`{…}`, or after a `{…}` block; that token is still the arrow's.
      if (newline && liz.lizDepth === 0 && !(fl & F.NO_CUT)) liz.lizEndRow = row;
      else if (fl & F.OPEN) liz.lizDepth++;
      else if (fl & F.CLOSE && --liz.lizDepth === 0 && source.charCodeAt(start) === 125) liz.lizEndRow = row;
    }
    if (!(fl & DECIDING)) return;
    let lizard = ours;
    let cause = "";
    if (fl & F.QUESTION) {
      lizard = this.glued(source, start) ? 0 : 1;
      cause = ours ? CAUSES.ternaryGlued : CAUSES.question;
    } else if (fl & F.NULLISH) {
      lizard = this.glued(source, start) ? 1 : 2;
      cause = CAUSES.nullish;
    } else if (fl & F.OPTIONAL_CHAIN) {
      lizard = this.glued(source, start) ? 0 : 1;
      cause = CAUSES.optionalChain;
    } else if (fl & F.FINALLY) {
      lizard = 1;
      cause = CAUSES.finally;
    } else if (fl & F.ATOM_REGEX) {
      lizard = this.regexDecisions(start, end);
      cause = CAUSES.regex;
    } else if (fl & F.PROPERTY) {
      lizard = end - start <= 5 && KEYWORD_PROPERTIES.has(source.slice(start, end)) ? 1 : 0;
      cause = CAUSES.keywordProperty;
    }
    if (lizard === 0 && ours === 0) return;
    if (this.templateDepth > 0 && lizard !== 0) {
      // Lizard's tokenizer takes a template literal's `${…}` text as one token.
      lizard = 0;
      cause = CAUSES.template;
    }
    if (this.swallowRow === row && !(fl & F.FLOOR_DIV)) {
      lizard = 0;
      cause = CAUSES.floorDiv;
    }
    const merged = liz !== top;
    const misplaced = wasCut || merged || start < top.head.lizardStartIndex;
    if (misplaced && lizard === ours) cause = wasCut ? CAUSES.arrowCut : merged ? CAUSES.arrowMerged : CAUSES.arrowParams;
    const owner = wasCut ? lizardHome(liz.parent) : merged ? liz : misplaced ? lizardHome(top.parent) : top;
    if (!misplaced) {
      if (lizard !== ours) bump(top, cause, lizard - ours);
    } else if (ours) bump(top, cause, -ours);
    if (!owner || !lizard) return;
    owner.lizardCcn += lizard;
    if (misplaced) bump(owner, cause, lizard);
    if (dropped) {
      owner.lizardCcn -= lizard;
      bump(owner, CAUSES.droppedParen, -lizard);
      if (this.voidState === 1) this.voided.push([owner, lizard]);
    }
  }

  /** Whether Lizard drops this token's decisions with a "function" it read by mistake. */
  private trackDroppedParen(fl: number, start: number, end: number, parentFlags: number, grandFlags: number, newline: boolean,
    frame: Frame | null): boolean {
    const { source } = this;
    const armed = this.voidArm;
    let dropped = false;
    this.voidArm = 0;
    // After `a.b` Lizard takes any `(` for a call, so only `name =` (or a `key:`) arms.
    if (fl & F.COLON && parentFlags & F.PAIR && this.lastFlags & F.IDENTIFIER
      && (source.charCodeAt(start) === 58 || !(this.lastFlags & F.PROPERTY))) this.voidArm = 1;
    else if (fl & F.SPREAD && parentFlags & F.SPREAD_ELEMENT && grandFlags & F.OBJECT) this.voidArm = 2;
    else if (armed === 2 && fl & F.IDENTIFIER && !(fl & F.PROPERTY)) this.voidArm = 3;
    // `key: key(…)`: Lizard takes the call for the method `key(…)`.
    if (fl & F.IDENTIFIER && parentFlags & F.CALL && this.pairKey >= 0 && source.startsWith(source.slice(this.pairKey, this.pairKeyEnd), start)
      && end - start === this.pairKeyEnd - this.pairKey) this.voidArm = 3;
    this.pairKey = fl & F.COLON && parentFlags & F.OBJECT_PAIR && this.lastFlags & F.IDENTIFIER ? this.lastStart : -1;
    this.pairKeyEnd = this.lastEnd;
    this.lastFlags = fl;
    if (this.voidState === 2) {
      const c = source.charCodeAt(start);
      if (c === 123 || c === 58 || (c === 61 && source.charCodeAt(start + 1) === 62)) {
        for (const [frame, n] of this.voided) {
          frame.lizardCcn += n;
          bump(frame, CAUSES.droppedParen, n);
        }
      } else dropped = true; // the token after `)` is still read inside the dropped "function"
      this.voided.length = 0;
      this.voidState = 0;
    }
    this.trackObject(fl, start, end, parentFlags, newline, frame);
    this.lastStart = start;
    this.lastEnd = end;
    if (this.voidState === 1 && fl & F.CLOSE && source.charCodeAt(start) === 41) this.voidState = 2;
    return dropped || this.voidState !== 0;
  }

  /**
   * Lizard reads an object literal's `{…}` (and, in .tsx, a JSX child's `{…}` unless it sits right
   * in an expression-bodied arrow) with its object reader. There a `(` at the object's own level
   * starts a method's parameter list (the dropped-function rule above) unless a `.` or `new` came
   * before it on the line, or a `key:` is still open (a line starting with a token Lizard handles
   * late, or a `,`, closes it).
   */
  private trackObject(fl: number, start: number, end: number, parentFlags: number, newline: boolean, frame: Frame | null): void {
    const { source, objects } = this;
    const top = objects.length > 0 ? objects[objects.length - 1] : null;
    const c = source.charCodeAt(start);
    if (top && top.depth === 0) {
      if (newline && !(fl & (F.NO_CUT | F.COLON)) && c !== 91) top.inProp = top.sticky = false;
      const text = end - start <= 3 ? source.slice(start, end) : "";
      if (text === "." || text === "?." || text === "new") top.sticky = true;
      else if (c === 44) top.inProp = false;
      else if (c === 58 && fl & F.COLON) top.inProp = true; // any `:`, a ternary's too
    }
    if (fl & F.OPEN) {
      if (top && top.depth === 0 && c === 40) {
        if (!top.inProp && !top.sticky && this.voidState === 0) this.voidState = 1;
        top.sticky = false;
      }
      const inArrowBody = frame !== null && frame.head.exprBodyStart >= 0 && frame.lizEndRow < 0 && frame.lizDepth === 0;
      if (c === 123 && parentFlags & F.OBJECT && source.charCodeAt(start - 1) !== 61 && !inArrowBody) {
        objects.push({ depth: 0, inProp: false, sticky: false });
      } else if (top) top.depth++;
    } else if (fl & F.CLOSE && top) {
      if (top.depth === 0) objects.pop();
      else top.depth--;
    }
  }

  /** Decisions Lizard counts in a regex literal its tokenizer did not join into one token. */
  private regexDecisions(start: number, end: number): number {
    const { source } = this;
    let joined = start === 0 || REGEX_PRECEDERS.includes(source[start - 1]);
    // …and only when no whitespace or `\/` comes before its closing `/`.
    for (let i = start + 1; joined && i < end - 1; i++) {
      const c = source.charCodeAt(i);
      if (c === 32 || c === 9 || (c === 92 && source.charCodeAt(i + 1) === 47)) joined = false;
    }
    if (joined) return 0;
    let n = 0;
    // Its text is then ordinary tokens: quoted parts are strings, words may be keywords.
    for (let i = start + 1; i < end; i++) {
      const c = source.charCodeAt(i);
      if (c === 34 || c === 39) {
        const close = source.indexOf(source[i], i + 1);
        if (close > 0 && close < end) i = close;
      } else if (c === 63 && !this.glued(source, i)) n++;
      else if ((c === 124 || c === 38) && source.charCodeAt(i + 1) === c) { n++; i++; }
      else if (isWordChar(c) && !isWordChar(source.charCodeAt(i - 1))) {
        let j = i;
        while (j < end && isWordChar(source.charCodeAt(j))) j++;
        if (KEYWORD_PROPERTIES.has(source.slice(i, j))) n++;
        i = j - 1;
      }
    }
    return n;
  }
}
