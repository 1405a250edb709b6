// Demo complaints with their timelines (issue #13), called from prisma/seed/demo.ts. Idempotent:
// a complaint is found by its code and only created when missing. Every demo complaint opens
// on /complaints/track with its code and the PIN DEMO_COMPLAINT_PIN.
import type { Prisma } from "../../app/generated/prisma/client";
import { hashPassword } from "../../app/modules/identity/password.server";
import { businessDueAt } from "../../app/utils/working-days";

type Tx = Prisma.TransactionClient;

export const DEMO_COMPLAINT_PIN = "246810";

export interface DemoComplaintContext {
  officerId: string;
  holidays: ReadonlySet<string>;
  daysFromToday: (n: number) => Date;
  biz: (slug: string) => string;
  product: (name: string) => string;
  salesPointIds: Record<string, string>;
  phone: (input: string) => string;
  province: string;
  communes: Record<"thangAn" | "thangBinh" | "thangPhu" | "thangTruong" | "thangDien" | "dongDuong", string>;
}

export async function seedDemoComplaints(tx: Tx, ctx: DemoComplaintContext): Promise<void> {
  const { officerId, daysFromToday, biz, product, salesPointIds, phone } = ctx;
  const PROVINCE = ctx.province;
  const COMMUNE = ctx.communes;
  const calendar = { holidays: ctx.holidays, workingSaturdays: new Set((await tx.workingSaturday.findMany({ select: { date: true } })).map((s) => s.date)) };
  const pinHash = await hashPassword(DEMO_COMPLAINT_PIN);
  const forwarded = (receivedDaysAgo: number, forwardedDaysAgo: number) => {
    const forwardedAt = new Date(daysFromToday(-forwardedDaysAgo).getTime() + 2 * 3_600_000); // 09:00 in VN
    // the business has until 17:00 of the 7th working day after forwarding
    return {
      receivedAt: daysFromToday(-receivedDaysAgo),
      forwardedAt,
      businessDueAt: businessDueAt(forwardedAt, calendar),
    };
  };
  const complaintSeeds: Array<{
    code: string;
    data: Omit<Prisma.ComplaintUncheckedCreateInput, "code" | "events" | "pinHash" | "remedy"> & { remedy?: string };
    contact: { name: string; phone?: string; email?: string; address?: string; vulnerableGroup?: string; vulnerabilityNote?: string };
    events: Array<{ kind: string; message: string; daysAgo: number; byOfficer?: boolean; toBusiness?: boolean; toComplainant?: boolean }>;
  }> = [
    {
      code: "KN-4B7D-X2QM",
      data: {
        status: "RECEIVED",
        subject: "Chai nước mắm có cặn và mùi lạ",
        description: "Tôi mua chai nước mắm cá cơm ngày 15/11 tại cửa hàng, mở ra thấy nhiều cặn đen và mùi khác thường. Đề nghị được đổi hoặc hoàn tiền.",
        businessId: biz("co-so-nuoc-mam-binh-minh"),
        productId: product("Nước mắm cá cơm Bình Minh"),
        provinceCode: PROVINCE,
        communeCode: COMMUNE.thangPhu,
        vulnerable: true,
        receivedAt: daysFromToday(-1),
      },
      contact: { name: "Hồ Văn Tám", phone: phone("0396 118 420"), address: "Thôn Bình Quế, xã Thăng Phú", vulnerabilityNote: "Hộ nghèo, người cao tuổi ở thôn vùng gò đồi.", vulnerableGroup: "POOR_HOUSEHOLD" },
      events: [{ kind: "filed", message: "Đã tiếp nhận khiếu nại.", daysAgo: 1 }],
    },
    {
      code: "KN-9H2K-P5TR",
      data: {
        status: "FORWARDED",
        subject: "Đậu phộng rang muối bị ỉu, gần hết hạn",
        description: "Hũ đậu phộng mua tại cửa hàng Hà Lam bị ỉu, hạn sử dụng chỉ còn 5 ngày nhưng không được thông báo.",
        businessId: biz("cong-ty-tnhh-thuc-pham-ha-lam"),
        productId: product("Đậu phộng rang muối"),
        salesPointId: salesPointIds["Cửa hàng Thực phẩm Hà Lam"]!,
        provinceCode: PROVINCE,
        communeCode: COMMUNE.thangBinh,
        consentShareContact: true,
        ...forwarded(4, 3),
      },
      contact: { name: "Nguyễn Thị Hoa", phone: phone("0905 662 913"), email: "hoa.nguyen@example.com" },
      events: [
        { kind: "filed", message: "Đã tiếp nhận khiếu nại.", daysAgo: 4 },
        { kind: "forwarded", message: "Đã chuyển doanh nghiệp. Doanh nghiệp cần liên hệ thương lượng với người tiêu dùng trong 7 ngày làm việc.", daysAgo: 3, byOfficer: true, toBusiness: true },
      ],
    },
    {
      code: "KN-6Q1Z-J8NC",
      data: {
        status: "FORWARDED",
        subject: "Bánh tráng bị mốc khi mở gói",
        description: "Mua 3 xấp bánh tráng nướng tại chợ đêm Hà Lam, về nhà thấy 1 xấp bị mốc.",
        businessId: biz("to-hop-tac-banh-trang-dong-duong"),
        productId: product("Bánh tráng nướng Đồng Dương"),
        salesPointId: salesPointIds["Gian đặc sản chợ đêm Hà Lam"]!,
        provinceCode: PROVINCE,
        communeCode: COMMUNE.thangBinh,
        consentShareContact: false,
        ...forwarded(16, 14), // past the 7 working days: a candidate for escalation
      },
      contact: { name: "Phan Văn Lộc", phone: phone("0914 007 362") },
      events: [
        { kind: "filed", message: "Đã tiếp nhận khiếu nại.", daysAgo: 16 },
        { kind: "forwarded", message: "Đã chuyển tổ hợp tác, hạn trả lời 7 ngày làm việc.", daysAgo: 14, byOfficer: true, toBusiness: true },
        { kind: "note", message: "Đã gọi điện nhắc tổ trưởng, chưa có phản hồi.", daysAgo: 2, byOfficer: true, toComplainant: false },
      ],
    },
    {
      code: "KN-3M8W-R6YA",
      data: {
        status: "CLOSED",
        outcome: "RESOLVED_WITH_RELIEF",
        subject: "Giá tính tiền cao hơn giá niêm yết",
        description: "Gói mì Quảng niêm yết 35.000 ₫ nhưng tính tiền 40.000 ₫.",
        businessId: biz("tap-hoa-thu-ha"),
        salesPointId: salesPointIds["Tạp hóa Thu Hà"]!,
        provinceCode: PROVINCE,
        communeCode: COMMUNE.thangPhu,
        consentShareContact: true,
        ...forwarded(30, 29),
        closedAt: daysFromToday(-25),
      },
      contact: { name: "Trương Thị Mai", phone: phone("0372 554 019") },
      events: [
        { kind: "filed", message: "Đã tiếp nhận khiếu nại.", daysAgo: 30 },
        { kind: "forwarded", message: "Đã chuyển cửa hàng.", daysAgo: 29, byOfficer: true, toBusiness: true },
        { kind: "business_reply", message: "Cửa hàng xin lỗi vì nhầm giá, đã hoàn lại 5.000 ₫ và sửa bảng giá.", daysAgo: 27, toBusiness: true },
        { kind: "closed", message: "Người tiêu dùng đồng ý kết quả. Khiếu nại đã được giải quyết.", daysAgo: 25, byOfficer: true, toBusiness: true },
      ],
    },
    {
      code: "KN-2T5V-E7GB",
      data: {
        status: "RECEIVED",
        subject: "Xe bán hàng lưu động bán nồi cơm điện không rõ xuất xứ",
        description: "Xe tải nhỏ bán hàng gia dụng ở chợ Bình Sa quảng cáo là hàng Việt Nam nhưng nhãn không có tên nhà sản xuất.",
        businessNameText: "Xe bán hàng lưu động (không rõ tên)",
        provinceCode: PROVINCE,
        communeCode: COMMUNE.thangTruong,
        receivedAt: daysFromToday(-2),
      },
      contact: { name: "Võ Minh Tuấn", phone: phone("0868 213 775") },
      events: [{ kind: "filed", message: "Đã tiếp nhận khiếu nại.", daysAgo: 2 }],
    },
  ];
  for (const c of complaintSeeds) {
    const exists = await tx.complaint.findUnique({ where: { code: c.code }, select: { id: true } });
    if (exists) continue;
    await tx.complaint.create({
      data: {
        remedy: "OTHER",
        ...c.data,
        code: c.code,
        pinHash,
        contact: { create: c.contact },
        events: {
          create: c.events.map((e) => ({
            kind: e.kind,
            message: e.message,
            actorId: e.byOfficer ? officerId : null,
            visibleToComplainant: e.toComplainant ?? true,
            actorKind: e.kind === "filed" ? "complainant" : e.kind === "business_reply" ? "business" : "office",
            visibleToBusiness: e.toBusiness ?? false,
            createdAt: new Date(daysFromToday(-e.daysAgo).getTime() + 3 * 3_600_000),
          })),
        },
      },
    });
  }

}
