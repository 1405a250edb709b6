// Delivers outbox e-mails: through SMTP (nodemailer) when SMTP_URL is set; otherwise into
// MAIL_DROP_DIR as one .eml file per message when that is set (a local mailbox for the
// operator and the end-to-end tests); with neither, delivery is a no-op and the message stays
// in the outbox, where admins read it (sensitive ones redacted, ADR 0011).
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import nodemailer from "nodemailer";
import { env } from "~/utils/env.server";
import type { EmailMessage, OutboxHandler } from "./outbox.server";

let transport: nodemailer.Transporter | undefined;
let dropTransport: nodemailer.Transporter | undefined;

export const deliverEmail: OutboxHandler = async (payload) => {
  const message = payload as EmailMessage;
  const { SMTP_URL, MAIL_FROM, MAIL_DROP_DIR } = env();
  const mail = { from: MAIL_FROM, to: message.to, subject: message.subject, text: message.text };
  if (SMTP_URL) {
    transport ??= nodemailer.createTransport(SMTP_URL);
    await transport.sendMail(mail);
  } else if (MAIL_DROP_DIR) {
    dropTransport ??= nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
    const { message: raw } = (await dropTransport.sendMail(mail)) as { message: Buffer };
    mkdirSync(MAIL_DROP_DIR, { recursive: true });
    writeFileSync(path.join(MAIL_DROP_DIR, `${Date.now()}-${Math.random().toString(36).slice(2, 8)}.eml`), raw, { mode: 0o600 });
  }
};
