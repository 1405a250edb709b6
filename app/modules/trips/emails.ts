// The e-mails of the trips feature: Vietnamese first, English second, in one message, built from
// the facts a use case returns (the shape of fairs/emails.ts).
import type { EmailMessage } from "~/modules/notifications/outbox.server";

export type TripEmailKind = "invited" | "approved" | "waitlisted" | "promoted" | "rejected" | "tripCancelled" | "stopChanged" | "cancelled";

export interface TripEmailFacts {
  tripName: string;
  businessName: string;
  passCode?: string | null;
  reason?: string | null;
  /** "Stop 2 — Xã Thăng An: 19/12/2026 08:00 (was 07:00), Chợ Thăng An" */
  change?: string | null;
  url: string;
}

const TEXT: Record<TripEmailKind, { vi: (f: TripEmailFacts) => [string, string]; en: (f: TripEmailFacts) => string }> = {
  invited: {
    vi: (f) => [`Thư mời tham gia chuyến hàng Việt về nông thôn: ${f.tripName}`, `Phòng Kinh tế mời ${f.businessName} tham gia ${f.tripName}. Vui lòng nhận lời hoặc từ chối trong cổng doanh nghiệp.`],
    en: (f) => `The economic office invites ${f.businessName} to ${f.tripName}. Please accept or decline in the business portal.`,
  },
  approved: {
    vi: (f) => [`Đã xác nhận tham gia: ${f.tripName}`, `${f.businessName} tham gia ${f.tripName}. Mã điểm danh tại mỗi điểm dừng: ${f.passCode}.`],
    en: (f) => `${f.businessName} takes part in ${f.tripName}. Check-in code at every stop: ${f.passCode}.`,
  },
  waitlisted: {
    vi: (f) => [`Danh sách chờ: ${f.tripName}`, `Chuyến ${f.tripName} đã đủ chỗ. ${f.businessName} được xếp vào danh sách chờ và sẽ được báo khi có chỗ.`],
    en: (f) => `${f.tripName} is full. ${f.businessName} is on the waitlist and will be told when a place frees up.`,
  },
  promoted: {
    vi: (f) => [`Đã có chỗ cho bạn: ${f.tripName}`, `Một chỗ vừa trống: ${f.businessName} tham gia ${f.tripName}. Mã điểm danh: ${f.passCode}.`],
    en: (f) => `A place freed up: ${f.businessName} takes part in ${f.tripName}. Check-in code: ${f.passCode}.`,
  },
  rejected: {
    vi: (f) => [`Đăng ký không được chấp nhận: ${f.tripName}`, `Đăng ký của ${f.businessName} không được chấp nhận. Lý do: ${f.reason}`],
    en: (f) => `The application of ${f.businessName} was not accepted. Reason: ${f.reason}`,
  },
  tripCancelled: {
    vi: (f) => [`Chuyến hàng bị hủy: ${f.tripName}`, `Rất tiếc, ${f.tripName} đã bị hủy. Lý do: ${f.reason}. Việc tham gia của ${f.businessName} được hủy theo; phí đã nộp được hoàn lại.`],
    en: (f) => `We are sorry: ${f.tripName} is cancelled. Reason: ${f.reason}. The participation of ${f.businessName} is cancelled with it; fees paid are refunded.`,
  },
  stopChanged: {
    vi: (f) => [`Thay đổi lịch trình: ${f.tripName}`, `Lịch của ${f.tripName} đã thay đổi: ${f.change}`],
    en: (f) => `The schedule of ${f.tripName} changed: ${f.change}`,
  },
  cancelled: {
    vi: (f) => [`Đã hủy tham gia: ${f.tripName}`, `Việc tham gia ${f.tripName} của ${f.businessName} đã được hủy.${f.reason ? ` Lý do: ${f.reason}` : ""}`],
    en: (f) => `The participation of ${f.businessName} in ${f.tripName} is cancelled.${f.reason ? ` Reason: ${f.reason}` : ""}`,
  },
};

export function tripEmail(kind: TripEmailKind, to: string, facts: TripEmailFacts): EmailMessage {
  const [viSubject, viBody] = TEXT[kind].vi(facts);
  return { to, subject: `[Hàng Việt] ${viSubject}`, text: `${viBody}\n\n${facts.url}\n\n— English —\n${TEXT[kind].en(facts)}\n` };
}
