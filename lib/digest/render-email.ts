// The email body's HTML: the review's Markdown as plain, inline-styled HTML that mail
// clients show as it is. Every piece of text is escaped and links keep only http(s) and
// mailto addresses, so nothing from a scan (module names, messages) can become markup.
import { parseMarkdown, type Block, type Inline } from "./markdown-blocks";

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/** An absolute http(s)/mailto address, relative paths resolved against the dashboard's URL; null for anything else. */
export function safeHref(href: string, baseUrl: string): string | null {
  try {
    const url = new URL(href, baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
    return ["http:", "https:", "mailto:"].includes(url.protocol) ? url.toString() : null;
  } catch {
    return null;
  }
}

const CELL = "padding:4px 8px;border:1px solid #d4d4d8;";

function inlineHtml(nodes: Inline[], baseUrl: string): string {
  return nodes
    .map((n) => {
      switch (n.t) {
        case "text":
          return escapeHtml(n.text);
        case "bold":
          return `<strong>${inlineHtml(n.children, baseUrl)}</strong>`;
        case "em":
          return `<em>${inlineHtml(n.children, baseUrl)}</em>`;
        case "code":
          return `<code style="font-family:monospace;background:#f4f4f5;padding:0 2px;">${escapeHtml(n.text)}</code>`;
        case "link": {
          const href = safeHref(n.href, baseUrl);
          const body = inlineHtml(n.children, baseUrl);
          return href ? `<a href="${escapeHtml(href)}" style="color:#1d4ed8;">${body}</a>` : body;
        }
      }
    })
    .join("");
}

function blockHtml(b: Block, baseUrl: string): string {
  const inline = (nodes: Inline[]) => inlineHtml(nodes, baseUrl);
  switch (b.type) {
    case "heading": {
      const level = Math.min(b.level + 1, 6); // the email's own title is the h1
      return `<h${level} style="margin:16px 0 8px;">${inline(b.inline)}</h${level}>`;
    }
    case "paragraph":
      return `<p style="margin:8px 0;">${inline(b.inline)}</p>`;
    case "quote":
      return `<blockquote style="margin:8px 0;padding-left:8px;border-left:3px solid #d4d4d8;color:#52525b;">${inline(b.inline)}</blockquote>`;
    case "code":
      return `<pre style="font-family:monospace;background:#f4f4f5;padding:8px;white-space:pre-wrap;">${escapeHtml(b.text)}</pre>`;
    case "rule":
      return `<hr style="border:0;border-top:1px solid #d4d4d8;">`;
    case "list": {
      const tag = b.ordered ? "ol" : "ul";
      return `<${tag} style="margin:8px 0;">${b.items.map((item) => `<li>${inline(item)}</li>`).join("")}</${tag}>`;
    }
    case "table": {
      const style = (i: number) => `${CELL}text-align:${b.align[i] ?? "left"};`;
      const head = b.header.map((c, i) => `<th style="${style(i)}">${inline(c)}</th>`).join("");
      const rows = b.rows.map((r) => `<tr>${r.map((c, i) => `<td style="${style(i)}">${inline(c)}</td>`).join("")}</tr>`).join("");
      return `<table style="border-collapse:collapse;margin:8px 0;font-size:13px;"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
    }
  }
}

/** A whole HTML document for the email: the title, the review, and a link to the dashboard. */
export function markdownToEmailHtml(markdown: string, opts: { title: string; baseUrl: string; footer?: string }): string {
  const body = parseMarkdown(markdown)
    .map((b) => blockHtml(b, opts.baseUrl))
    .join("\n");
  const footer = opts.footer ? `<p style="margin-top:24px;font-size:12px;color:#71717a;">${escapeHtml(opts.footer)}</p>` : "";
  return [
    "<!doctype html>",
    `<html><head><meta charset="utf-8"><title>${escapeHtml(opts.title)}</title></head>`,
    `<body style="font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:14px;color:#18181b;max-width:760px;">`,
    `<h1 style="font-size:20px;">${escapeHtml(opts.title)}</h1>`,
    body,
    footer,
    "</body></html>",
  ].join("\n");
}
