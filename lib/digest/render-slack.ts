// The review's Markdown as a Slack-compatible incoming-webhook message: mrkdwn in `text`
// (what Mattermost, Rocket.Chat and notifications show) and the same in Block Kit sections
// within Slack's limits. Text is escaped as Slack asks (&, <, >) so scan content cannot
// turn into mentions or links.
import { parseMarkdown, plainText, type Block, type Inline } from "./markdown-blocks";
import { safeHref } from "./render-email";

export interface SlackMessage {
  text: string;
  blocks: SlackBlock[];
}

export type SlackBlock =
  | { type: "header"; text: { type: "plain_text"; text: string } }
  | { type: "section"; text: { type: "mrkdwn"; text: string } }
  | { type: "context"; elements: Array<{ type: "mrkdwn"; text: string }> };

// Slack's documented limits: 3000 characters per section, 150 per header, 50 blocks, 40,000 in text.
export const SLACK_LIMITS = { section: 3000, header: 150, blocks: 50, text: 39_000 } as const;

export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function inlineMrkdwn(nodes: Inline[], baseUrl: string): string {
  return nodes
    .map((n) => {
      switch (n.t) {
        case "text":
          return escapeMrkdwn(n.text);
        case "bold":
          return `*${inlineMrkdwn(n.children, baseUrl)}*`;
        case "em":
          return `_${inlineMrkdwn(n.children, baseUrl)}_`;
        case "code":
          return `\`${escapeMrkdwn(n.text.replace(/`/g, "'"))}\``;
        case "link": {
          const href = safeHref(n.href, baseUrl);
          const label = escapeMrkdwn(plainText(n.children).replace(/\|/g, "/"));
          return href ? `<${href.replace(/[<>|]/g, encodeURIComponent)}|${label}>` : label;
        }
      }
    })
    .join("");
}

/** A table as aligned monospace columns: Slack has no tables. */
function tableText(b: Extract<Block, { type: "table" }>): string {
  const rows = [b.header, ...b.rows].map((r) => r.map((c) => plainText(c)));
  const widths = b.header.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
  const line = (r: string[]) =>
    widths
      .map((w, i) => (b.align[i] === "right" ? (r[i] ?? "").padStart(w) : (r[i] ?? "").padEnd(w)))
      .join("  ")
      .trimEnd();
  return "```\n" + escapeMrkdwn([line(rows[0]), widths.map((w) => "-".repeat(w)).join("  "), ...rows.slice(1).map(line)].join("\n")) + "\n```";
}

function blockMrkdwn(b: Block, baseUrl: string): string {
  const inline = (nodes: Inline[]) => inlineMrkdwn(nodes, baseUrl);
  switch (b.type) {
    case "heading":
      return `*${inline(b.inline)}*`;
    case "paragraph":
      return inline(b.inline);
    case "quote":
      return `> ${inline(b.inline)}`;
    case "code":
      return "```\n" + escapeMrkdwn(b.text) + "\n```";
    case "rule":
      return "──────────";
    case "list":
      return b.items.map((item, i) => `${b.ordered ? `${i + 1}.` : "•"} ${inline(item)}`).join("\n");
    case "table":
      return tableText(b);
  }
}

/** Pieces of at most `max` characters, cut at line ends where possible; code fences are closed and reopened. */
export function splitForSections(text: string, max: number = SLACK_LIMITS.section): string[] {
  if (text.length <= max) return [text];
  const fenced = text.startsWith("```\n") && text.endsWith("\n```");
  const body = fenced ? text.slice(4, -4) : text;
  const room = fenced ? max - 8 : max;
  const pieces: string[] = [];
  let current = "";
  for (const line of body.split("\n")) {
    for (let rest = line; ; ) {
      const add = (current ? "\n" : "") + rest;
      if (current.length + add.length <= room) {
        current += add;
        break;
      }
      if (current) {
        pieces.push(current);
        current = "";
        continue;
      }
      pieces.push(rest.slice(0, room));
      rest = rest.slice(room);
      if (!rest) break;
    }
  }
  if (current) pieces.push(current);
  return fenced ? pieces.map((p) => "```\n" + p + "\n```") : pieces;
}

export function markdownToSlack(markdown: string, opts: { title: string; baseUrl: string; link?: string }): SlackMessage {
  const parts = parseMarkdown(markdown).map((b) => blockMrkdwn(b, opts.baseUrl));
  const link = opts.link ? safeHref(opts.link, opts.baseUrl) : null;
  const footer = link ? `<${link}|Open in Paydown>` : null;
  const title = `*${escapeMrkdwn(opts.title)}*`;
  let text = [title, ...parts, ...(footer ? [footer] : [])].join("\n\n");
  if (text.length > SLACK_LIMITS.text) text = text.slice(0, SLACK_LIMITS.text) + "\n…";

  // Sections hold as many whole parts as fit; a part too long on its own is split.
  const sections: string[] = [];
  for (const piece of parts.flatMap((p) => splitForSections(p))) {
    const last = sections.length - 1;
    if (last >= 0 && sections[last].length + 2 + piece.length <= SLACK_LIMITS.section) sections[last] += "\n\n" + piece;
    else sections.push(piece);
  }
  const header: SlackBlock = { type: "header", text: { type: "plain_text", text: opts.title.slice(0, SLACK_LIMITS.header) } };
  const room = SLACK_LIMITS.blocks - 2; // the header and the closing context
  const shown = sections.slice(0, room);
  const more = sections.length > room ? `Shortened to fit Slack. ${footer ?? ""}`.trim() : footer;
  const blocks: SlackBlock[] = [header, ...shown.map((s): SlackBlock => ({ type: "section", text: { type: "mrkdwn", text: s } }))];
  if (more) blocks.push({ type: "context", elements: [{ type: "mrkdwn", text: more }] });
  return { text, blocks };
}
