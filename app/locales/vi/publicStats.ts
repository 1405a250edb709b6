// Vietnamese strings of the public statistics page (see app/locales/vi.ts).
const publicStats = {
  nav: "Số liệu",
  title: "Số liệu Cuộc vận động",
  lead: "Kết quả Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” trên nền tảng: chỉ gồm dữ liệu công khai, cập nhật hằng ngày.",
  headline: "Con số chính",
  figures: { producers: "Nhà sản xuất đã xác minh", products: "Sản phẩm đang đăng", salesPoints: "Điểm bán hàng Việt được chứng nhận" },
  complaints: "Phản ánh của người tiêu dùng",
  complaintFigures: {
    received: "Đã tiếp nhận",
    forwarded: "Đã chuyển cơ sở kinh doanh",
    answeredInTime: "Được trả lời trong 7 ngày làm việc",
    escalated: "Chuyển Sở Công Thương",
    resolved: "Đã giải quyết",
    medianDays: "Số ngày trả lời (trung vị)",
  },
  suppressed: "dưới ngưỡng",
  suppressionNote: "Ô có ít hơn {{count}} trường hợp không hiển thị để không ai bị nhận ra.",
  moreComplaints: "Xem số liệu phản ánh chi tiết",
  fees: "Phí hội chợ và phiên chợ",
  feeFigures: { paid: "Khoản phí đã nộp", waived: "Khoản phí được miễn cho hộ nghèo, cận nghèo" },
  openData: "Dữ liệu mở",
};
export default publicStats;
