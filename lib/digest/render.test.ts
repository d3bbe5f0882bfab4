import { describe, expect, it } from "vitest";
import { parseInline, parseMarkdown } from "./markdown-blocks";
import { escapeHtml, markdownToEmailHtml, safeHref } from "./render-email";
import { markdownToSlack, SLACK_LIMITS, splitForSections } from "./render-slack";
import { renderDigest } from "./message";

const REVIEW = `# Shop: week 2026-W47

Debt ratio **4.2%** (was 3.9%), see [the project](/orgs/acme/projects/shop).

## Worst regressions

| Module | Category | Previous | Current | Change |
| --- | --- | ---: | ---: | ---: |
| billing | complexity | 120 | 180 | +60 |
| <script>alert(1)</script> | docs | 5 | 9 | +4 |

- \`parse_config\` went over CCN 10 (owner @ana)
- coverage of *auth* fell below 80%

1. first
2. second

> Verdict: refactor
`;

describe("parseMarkdown", () => {
  it("reads headings, paragraphs, tables with alignment, lists and quotes", () => {
    const blocks = parseMarkdown(REVIEW);
    expect(blocks.map((b) => b.type)).toEqual(["heading", "paragraph", "heading", "table", "list", "list", "quote"]);
    const table = blocks[3] as Extract<(typeof blocks)[number], { type: "table" }>;
    expect(table.align).toEqual([null, null, "right", "right", "right"]);
    expect(table.rows).toHaveLength(2);
    expect(blocks[5]).toMatchObject({ type: "list", ordered: true });
  });

  it("parses inline bold, emphasis, code and links, honouring backslash escapes", () => {
    expect(parseInline("a **b** _c_ `d` [e](http://x)")).toEqual([
      { t: "text", text: "a " },
      { t: "bold", children: [{ t: "text", text: "b" }] },
      { t: "text", text: " " },
      { t: "em", children: [{ t: "text", text: "c" }] },
      { t: "text", text: " " },
      { t: "code", text: "d" },
      { t: "text", text: " " },
      { t: "link", href: "http://x", children: [{ t: "text", text: "e" }] },
    ]);
    expect(parseInline("snake_case_name and 2*3*4")).toEqual([{ t: "text", text: "snake_case_name and 2*3*4" }]);
    expect(parseInline("a \\| b")).toEqual([{ t: "text", text: "a | b" }]);
  });

  it("keeps a pipe escaped in a table cell inside that cell", () => {
    const [table] = parseMarkdown("| a | b |\n|---|---|\n| x \\| y | z |");
    expect(table.type === "table" && table.rows[0].length).toBe(2);
  });
});

describe("email HTML", () => {
  const html = markdownToEmailHtml(REVIEW, { title: "Paydown weekly digest <Shop>", baseUrl: "https://paydown.example.com" });

  it("escapes every piece of text, including the title", () => {
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("<title>Paydown weekly digest &lt;Shop&gt;</title>");
    expect(escapeHtml(`"'&`)).toBe("&quot;&#39;&amp;");
  });

  it("renders structure: tables with aligned cells, lists, emphasis, absolute links", () => {
    expect(html).toContain('<th style="padding:4px 8px;border:1px solid #d4d4d8;text-align:right;">Change</th>');
    expect(html).toContain('<td style="padding:4px 8px;border:1px solid #d4d4d8;text-align:left;">billing</td>');
    expect(html).toContain("<li><code");
    expect(html).toContain("<ol");
    expect(html).toContain("<strong>4.2%</strong>");
    expect(html).toContain('<a href="https://paydown.example.com/orgs/acme/projects/shop"');
    expect(html).toContain("<h2");
  });

  it("drops links that are not http(s) or mailto", () => {
    expect(safeHref("javascript:alert(1)", "https://x.test")).toBeNull();
    expect(safeHref("mailto:a@b.c", "https://x.test")).toBe("mailto:a@b.c");
    const out = markdownToEmailHtml("[click](javascript:alert(1))", { title: "t", baseUrl: "https://x.test" });
    expect(out).not.toContain("javascript:");
    expect(out).toContain("click");
  });
});

describe("Slack message", () => {
  const msg = markdownToSlack(REVIEW, { title: "Shop, 2026-W47", baseUrl: "https://paydown.example.com", link: "/orgs/acme/projects/shop/review?week=2026-W47" });

  it("writes mrkdwn: bold headings, Slack links, bullets, tables as code, escaped text", () => {
    expect(msg.text).toContain("*Shop: week 2026-W47*");
    expect(msg.text).toContain("<https://paydown.example.com/orgs/acme/projects/shop|the project>");
    expect(msg.text).toContain("• `parse_config` went over CCN 10");
    expect(msg.text).toContain("_auth_");
    expect(msg.text).toContain("&lt;script&gt;");
    expect(msg.text).not.toContain("<script>");
    expect(msg.text).toMatch(/```\nModule\s+Category\s+Previous\s+Current\s+Change\n/);
    expect(msg.text).toMatch(/billing\s+complexity\s+120\s+180\s+\+60/);
    expect(msg.text).toContain("<https://paydown.example.com/orgs/acme/projects/shop/review?week=2026-W47|Open in Paydown>");
  });

  it("builds a header, sections and a closing link within Slack's limits", () => {
    expect(msg.blocks[0]).toEqual({ type: "header", text: { type: "plain_text", text: "Shop, 2026-W47" } });
    expect(msg.blocks.at(-1)?.type).toBe("context");
    for (const b of msg.blocks) if (b.type === "section") expect(b.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.section);
  });

  it("splits long content across sections, reopening code fences, and shortens past 50 blocks", () => {
    const rows = Array.from({ length: 400 }, (_, i) => `| module-${i} | complexity | ${i} | ${i + 1} | +1 |`).join("\n");
    const big = markdownToSlack(`| M | C | P | N | D |\n|---|---|---|---|---|\n${rows}`, { title: "x".repeat(200), baseUrl: "https://p.test" });
    const sections = big.blocks.filter((b) => b.type === "section");
    expect(sections.length).toBeGreaterThan(1);
    for (const s of sections) {
      expect(s.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.section);
      expect(s.text.text.startsWith("```\n") && s.text.text.endsWith("\n```")).toBe(true);
    }
    expect(big.blocks[0].type === "header" && big.blocks[0].text.text.length).toBe(SLACK_LIMITS.header);

    const huge = markdownToSlack(Array.from({ length: 60 }, (_, i) => `Paragraph ${i} ${"word ".repeat(600)}`).join("\n\n"), { title: "t", baseUrl: "https://p.test", link: "/r" });
    expect(huge.blocks).toHaveLength(SLACK_LIMITS.blocks);
    expect(huge.blocks.at(-1)).toEqual({ type: "context", elements: [{ type: "mrkdwn", text: "Shortened to fit Slack. <https://p.test/r|Open in Paydown>" }] });
    expect(huge.text.length).toBeLessThanOrEqual(SLACK_LIMITS.text + 2);
  });

  it("cuts a single overlong line", () => {
    expect(splitForSections("a".repeat(25), 10)).toEqual(["a".repeat(10), "a".repeat(10), "a".repeat(5)]);
    expect(splitForSections("ab\ncd\nef", 5)).toEqual(["ab\ncd", "ef"]);
  });
});

describe("renderDigest", () => {
  const content = { scopeName: "Shop", week: "2026-W47", markdown: REVIEW, path: "/orgs/acme/projects/shop/review?week=2026-W47" };
  const d = renderDigest(content, "https://paydown.example.com");

  it("gives both channels the same title and the same link to the review", () => {
    const link = "https://paydown.example.com/orgs/acme/projects/shop/review?week=2026-W47";
    expect(d.subject).toBe("Paydown weekly review: Shop, 2026-W47");
    expect(d.text.startsWith("Paydown weekly review: Shop, 2026-W47\n=====")).toBe(true);
    expect(d.text).toContain("# Shop: week 2026-W47");
    expect(d.text).toContain(`Open in Paydown: ${link}`);
    expect(d.html).toContain(`<a href="${link}" style="color:#1d4ed8;">Open in Paydown</a>`);
    expect(d.slack.text).toContain(`<${link}|Open in Paydown>`);
    expect(d.slack.blocks[0]).toEqual({ type: "header", text: { type: "plain_text", text: d.subject } });
  });
});
