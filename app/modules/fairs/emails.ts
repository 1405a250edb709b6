// The e-mails of the fairs feature: Vietnamese first, English second, in one message, built
// from the facts a use case returns. Kept out of the use cases so wording changes never touch
// allocation code.
import type { EmailMessage } from "~/modules/notifications/outbox.server";

export type FairEmailKind = "registered" | "waitlisted" | "promoted" | "approved" | "rejected" | "moved" | "holdExpired" | "fairCancelled" | "cancelled";

export interface FairEmailFacts {
  fairName: string;
  businessName: string;
  boothCode?: string | null;
  position?: number | null;
  reason?: string | null;
  passCode?: string | null;
  url: string;
}

const TEXT: Record<FairEmailKind, { vi: (f: FairEmailFacts) => [string, string]; en: (f: FairEmailFacts) => [string, string] }> = {
  registered: {
    vi: (f) => [`Đã nhận đăng ký hội chợ: ${f.fairName}`, `${f.businessName} đã giữ gian ${f.boothCode} tại ${f.fairName}. Đăng ký đang chờ Phòng Kinh tế duyệt.`],
    en: (f) => [`Fair registration received: ${f.fairName}`, `${f.businessName} holds booth ${f.boothCode} at ${f.fairName}, pending the office's approval.`],
  },
  waitlisted: {
    vi: (f) => [`Đăng ký hội chợ trong danh sách chờ: ${f.fairName}`, `Hết gian trống. ${f.businessName} đứng thứ ${f.position} trong danh sách chờ của ${f.fairName}.`],
    en: (f) => [`Fair registration waitlisted: ${f.fairName}`, `No booth is free. ${f.businessName} is number ${f.position} on the waitlist of ${f.fairName}.`],
  },
  promoted: {
    vi: (f) => [`Có gian hàng cho bạn: ${f.fairName}`, `Một gian vừa trống: ${f.businessName} được xếp gian ${f.boothCode} tại ${f.fairName}.`],
    en: (f) => [`A booth for you: ${f.fairName}`, `A booth was released: ${f.businessName} now holds booth ${f.boothCode} at ${f.fairName}.`],
  },
  approved: {
    vi: (f) => [`Đăng ký hội chợ được duyệt: ${f.fairName}`, `Gian ${f.boothCode} của ${f.businessName} đã được duyệt. Mã vào cửa: ${f.passCode}.`],
    en: (f) => [`Fair registration approved: ${f.fairName}`, `Booth ${f.boothCode} of ${f.businessName} is approved. Pass code: ${f.passCode}.`],
  },
  rejected: {
    vi: (f) => [`Đăng ký hội chợ bị từ chối: ${f.fairName}`, `Đăng ký của ${f.businessName} bị từ chối. Lý do: ${f.reason}`],
    en: (f) => [`Fair registration rejected: ${f.fairName}`, `The registration of ${f.businessName} was rejected. Reason: ${f.reason}`],
  },
  moved: {
    vi: (f) => [`Đổi gian hàng: ${f.fairName}`, `Phòng Kinh tế đã chuyển ${f.businessName} sang gian ${f.boothCode}.`],
    en: (f) => [`Booth changed: ${f.fairName}`, `The office moved ${f.businessName} to booth ${f.boothCode}.`],
  },
  holdExpired: {
    vi: (f) => [`Hết hạn giữ gian: ${f.fairName}`, `Gian ${f.boothCode} giữ cho ${f.businessName} đã hết hạn vì chưa thanh toán và đã được trả lại.`],
    en: (f) => [`Booth hold expired: ${f.fairName}`, `The unpaid hold of booth ${f.boothCode} for ${f.businessName} expired and the booth was released.`],
  },
  fairCancelled: {
    vi: (f) => [`Hội chợ bị hủy: ${f.fairName}`, `Rất tiếc, ${f.fairName} đã bị hủy. Lý do: ${f.reason}. Đăng ký của ${f.businessName} được hủy theo.`],
    en: (f) => [`Fair cancelled: ${f.fairName}`, `We are sorry: ${f.fairName} is cancelled. Reason: ${f.reason}. The registration of ${f.businessName} is cancelled with it.`],
  },
  cancelled: {
    vi: (f) => [`Đã hủy đăng ký hội chợ: ${f.fairName}`, `${f.businessName} đã hủy đăng ký tại ${f.fairName}.`],
    en: (f) => [`Fair registration cancelled: ${f.fairName}`, `${f.businessName} cancelled its registration for ${f.fairName}.`],
  },
};

export function fairEmail(kind: FairEmailKind, to: string, facts: FairEmailFacts): EmailMessage {
  const [viSubject, viBody] = TEXT[kind].vi(facts);
  const [, enBody] = TEXT[kind].en(facts);
  return { to, subject: `[Hàng Việt] ${viSubject}`, text: `${viBody}\n\n${facts.url}\n\n— English —\n${enBody}\n` };
}
