// Delivers outbox e-mails. Without SMTP_URL the message simply stays in the outbox (marked
// DONE) where admins can read it; with SMTP_URL it is sent through nodemailer.
import nodemailer from "nodemailer";
import { env } from "~/utils/env.server";
import type { EmailMessage, OutboxHandler } from "./outbox.server";

let transport: nodemailer.Transporter | undefined;

export const deliverEmail: OutboxHandler = async (payload) => {
  const message = payload as EmailMessage;
  const { SMTP_URL, MAIL_FROM } = env();
  if (!SMTP_URL) return;
  transport ??= nodemailer.createTransport(SMTP_URL);
  await transport.sendMail({ from: MAIL_FROM, to: message.to, subject: message.subject, text: message.text });
};
