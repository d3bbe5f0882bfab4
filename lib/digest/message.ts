// One digest, in both channels' formats, from the same content: what is sent and what the
// preview page shows are the output of these functions.
import { markdownToEmailHtml, safeHref } from "./render-email";
import { markdownToSlack, type SlackMessage } from "./render-slack";

export interface DigestContent {
  /** "Shop" or "Platform team". */
  scopeName: string;
  week: string;
  /** The review as Markdown (lib/review/markdown.ts). */
  markdown: string;
  /** The review page, relative to the dashboard's URL. */
  path: string;
}

export interface RenderedDigest {
  subject: string;
  text: string;
  html: string;
  slack: SlackMessage;
}

export function digestTitle(c: Pick<DigestContent, "scopeName" | "week">): string {
  return `Paydown weekly review: ${c.scopeName}, ${c.week}`;
}

export function renderDigest(c: DigestContent, baseUrl: string): RenderedDigest {
  const title = digestTitle(c);
  const link = safeHref(c.path, baseUrl) ?? baseUrl;
  const footer = `Open in Paydown: ${link}\nYou get this because an admin of your organization subscribed this address to the weekly digest (Settings → Digests).`;
  return {
    subject: title,
    text: `${title}\n${"=".repeat(title.length)}\n\n${c.markdown.trim()}\n\n--\n${footer}\n`,
    html: markdownToEmailHtml(`${c.markdown.trim()}\n\n[Open in Paydown](${link})`, { title, baseUrl, footer: footer.split("\n")[1] }),
    slack: markdownToSlack(c.markdown, { title, baseUrl, link: c.path }),
  };
}
