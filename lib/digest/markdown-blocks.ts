// A small reader for the Markdown the weekly review exports (headings, paragraphs, lists,
// GFM tables, quotes, code and rules; bold, emphasis, code and links inline), so the email
// and Slack renderers turn the same structure into their formats. Anything else stays text.

export type Inline =
  | { t: "text"; text: string }
  | { t: "bold"; children: Inline[] }
  | { t: "em"; children: Inline[] }
  | { t: "code"; text: string }
  | { t: "link"; href: string; children: Inline[] };

export type Block =
  | { type: "heading"; level: number; inline: Inline[] }
  | { type: "paragraph"; inline: Inline[] }
  | { type: "list"; ordered: boolean; items: Inline[][] }
  | { type: "table"; header: Inline[][]; rows: Inline[][][]; align: Array<"left" | "right" | "center" | null> }
  | { type: "quote"; inline: Inline[] }
  | { type: "code"; text: string }
  | { type: "rule" };

const INLINE = /\*\*(.+?)\*\*|__(.+?)__|(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?!\w)|(?<!\w)_(?!\s)(.+?)(?<!\s)_(?!\w)|`([^`]+)`|\[([^\]]+)\]\(([^)\s]+)\)/g;

function unescape(text: string): string {
  return text.replace(/\\([\\`*_{}[\]()#+\-.!|>])/g, "$1");
}

export function parseInline(src: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const m of src.matchAll(INLINE)) {
    // A match that starts right after a backslash was escaped: leave it as text.
    if (m.index > 0 && src[m.index - 1] === "\\") continue;
    if (m.index > last) out.push({ t: "text", text: unescape(src.slice(last, m.index)) });
    if (m[1] ?? m[2]) out.push({ t: "bold", children: parseInline((m[1] ?? m[2])!) });
    else if (m[3] ?? m[4]) out.push({ t: "em", children: parseInline((m[3] ?? m[4])!) });
    else if (m[5] !== undefined) out.push({ t: "code", text: m[5] });
    else out.push({ t: "link", href: m[7], children: parseInline(m[6]) });
    last = m.index + m[0].length;
  }
  if (last < src.length) out.push({ t: "text", text: unescape(src.slice(last)) });
  return out;
}

/** The plain words of inline content (for subjects, Slack headers and widths). */
export function plainText(inline: Inline[]): string {
  return inline.map((n) => (n.t === "text" || n.t === "code" ? n.text : plainText(n.children))).join("");
}

function tableCells(line: string): string[] {
  const inner = line.trim().replace(/^\|/, "").replace(/(?<!\\)\|$/, "");
  return inner.split(/(?<!\\)\|/).map((c) => c.trim());
}

const TABLE_RULE = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const LIST_ITEM = /^\s*(?:([-*+])|(\d+)[.)])\s+(.*)$/;

function alignOf(cell: string): "left" | "right" | "center" | null {
  const l = cell.startsWith(":");
  const r = cell.endsWith(":");
  return l && r ? "center" : r ? "right" : l ? "left" : null;
}

export function parseMarkdown(markdown: string): Block[] {
  const lines = markdown.replace(/\r\n?/g, "\n").split("\n");
  const blocks: Block[] = [];
  let i = 0;
  const isStart = (line: string, next: string | undefined) =>
    /^\s*$/.test(line) || /^#{1,6}\s/.test(line) || /^\s*```/.test(line) || /^\s*>/.test(line) || LIST_ITEM.test(line) || /^\s*([-*_])(\s*\1){2,}\s*$/.test(line) || (line.includes("|") && next !== undefined && TABLE_RULE.test(next));
  while (i < lines.length) {
    const line = lines[i];
    if (/^\s*$/.test(line)) {
      i++;
    } else if (/^\s*```/.test(line)) {
      const body: string[] = [];
      i++;
      while (i < lines.length && !/^\s*```/.test(lines[i])) body.push(lines[i++]);
      i++;
      blocks.push({ type: "code", text: body.join("\n") });
    } else if (/^#{1,6}\s/.test(line)) {
      const m = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line)!;
      blocks.push({ type: "heading", level: m[1].length, inline: parseInline(m[2]) });
      i++;
    } else if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) {
      blocks.push({ type: "rule" });
      i++;
    } else if (line.includes("|") && i + 1 < lines.length && TABLE_RULE.test(lines[i + 1])) {
      const header = tableCells(line);
      const align = tableCells(lines[i + 1]).map(alignOf);
      const rows: Inline[][][] = [];
      i += 2;
      while (i < lines.length && lines[i].includes("|") && !/^\s*$/.test(lines[i])) rows.push(tableCells(lines[i++]).map(parseInline));
      blocks.push({ type: "table", header: header.map(parseInline), rows, align });
    } else if (/^\s*>/.test(line)) {
      const body: string[] = [];
      while (i < lines.length && /^\s*>/.test(lines[i])) body.push(lines[i++].replace(/^\s*>\s?/, ""));
      blocks.push({ type: "quote", inline: parseInline(body.join(" ")) });
    } else if (LIST_ITEM.test(line)) {
      const ordered = Boolean(LIST_ITEM.exec(line)![2]);
      const items: string[] = [];
      while (i < lines.length && !/^\s*$/.test(lines[i])) {
        const m = LIST_ITEM.exec(lines[i]);
        if (m && Boolean(m[2]) === ordered) items.push(m[3]);
        else if (m || !items.length) break;
        else items[items.length - 1] += " " + lines[i].trim(); // a continuation line
        i++;
      }
      blocks.push({ type: "list", ordered, items: items.map(parseInline) });
    } else {
      const body: string[] = [line.trim()];
      i++;
      while (i < lines.length && !isStart(lines[i], lines[i + 1])) body.push(lines[i++].trim());
      blocks.push({ type: "paragraph", inline: parseInline(body.join(" ")) });
    }
  }
  return blocks;
}
