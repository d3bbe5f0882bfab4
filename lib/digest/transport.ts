import "server-only";
import nodemailer from "nodemailer";
import type { SlackMessage } from "./render-slack";
import type { SmtpConfig } from "./smtp-config";
import { maskWebhookUrl } from "./webhook-url";

export interface EmailMessage {
  to: string[];
  subject: string;
  text: string;
  html: string;
}

/** How digests leave the server; tests and the dry run substitute their own. */
export interface DigestTransport {
  email(config: SmtpConfig, message: EmailMessage): Promise<void>;
  webhook(url: string, message: SlackMessage): Promise<void>;
}

const TIMEOUT_MS = 20_000;

export async function sendEmail(config: SmtpConfig, message: EmailMessage): Promise<void> {
  const transport = nodemailer.createTransport({
    host: config.host,
    port: config.port,
    secure: config.secure,
    auth: config.auth,
    connectionTimeout: TIMEOUT_MS,
    greetingTimeout: TIMEOUT_MS,
    socketTimeout: TIMEOUT_MS,
  });
  try {
    const info = await transport.sendMail({ from: config.from, to: message.to, subject: message.subject, text: message.text, html: message.html });
    // A server that accepted none of the recipients did not deliver anything.
    if (info.accepted.length === 0) throw new Error(`the SMTP server accepted no recipient (rejected: ${info.rejected.join(", ")})`);
  } finally {
    transport.close();
  }
}

export async function postWebhook(url: string, message: SlackMessage): Promise<void> {
  let res: Response;
  try {
    res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(message),
      redirect: "error",
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (err) {
    throw new Error(`webhook ${maskWebhookUrl(url)} unreachable: ${(err as Error).message}`);
  }
  if (!res.ok) {
    const body = (await res.text().catch(() => "")).slice(0, 200);
    throw new Error(`webhook ${maskWebhookUrl(url)} answered ${res.status}${body ? `: ${body}` : ""}`);
  }
  await res.body?.cancel().catch(() => undefined);
}

export const networkTransport: DigestTransport = { email: sendEmail, webhook: postWebhook };
