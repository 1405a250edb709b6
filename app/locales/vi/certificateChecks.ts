// Vietnamese strings of the "certificateChecks" feature (see app/locales/vi.ts): the office's
// check of certificates businesses declare, and how their state reads to a business.
const certificateChecks = {
  nav: "Kiểm tra chứng nhận",
  title: "Chứng nhận chờ kiểm tra",
  lead: "Doanh nghiệp tự khai các chứng nhận này. Hãy đối chiếu giấy tờ với sổ của cơ quan cấp (với OCOP: hệ thống OCOP quốc gia) rồi xác nhận hoặc từ chối. Chỉ chứng nhận đã xác nhận mới được hiện sao OCOP và câu “có thật” khi quét mã QR.",
  empty: "Không có chứng nhận nào chờ kiểm tra.",
  forProduct: "Chỉ chứng nhận của sản phẩm “{{product}}”.",
  showAll: "Xem tất cả",
  context: {
    withProduct: "Cùng hồ sơ sản phẩm đang chờ duyệt",
    published: "Thêm vào sản phẩm đã công bố",
    other: "Sản phẩm chưa gửi duyệt",
  },
  product: "Sản phẩm",
  business: "Doanh nghiệp",
  number: "Số chứng nhận",
  issuer: "Cơ quan cấp",
  issuedOn: "Ngày cấp",
  expiresOn: "Ngày hết hạn",
  declaredOn: "Ngày khai",
  document: "Xem giấy chứng nhận (bản scan)",
  noDocument: "Doanh nghiệp chưa tải bản scan.",
  check: "Xác nhận đã đối chiếu",
  reject: "Từ chối",
  reason: "Lý do từ chối",
  reasonHint: "Doanh nghiệp nhận được lý do này qua e-mail.",
  checked: "Đã xác nhận chứng nhận {{number}}.",
  rejected: "Đã từ chối chứng nhận {{number}}.",
  toCheck_one: "{{count}} chứng nhận chờ kiểm tra",
  toCheck_other: "{{count}} chứng nhận chờ kiểm tra",
  reviewLink: "Kiểm tra chứng nhận của sản phẩm này",
  state: {
    DECLARED: "Tự khai — chờ Phòng Kinh tế kiểm tra",
    CHECKED: "Phòng Kinh tế đã kiểm tra",
    ISSUED: "Do Phòng Kinh tế cấp",
    REJECTED: "Không được xác nhận",
  },
  rejectedReason: "Lý do: {{reason}}",
  declaredNotice:
    "Chứng nhận bạn khai sẽ được Phòng Kinh tế đối chiếu với sổ của cơ quan cấp. Trước khi được xác nhận, chứng nhận không hiện trên trang công khai và trang kiểm tra mã QR ghi rõ là chưa được kiểm tra.",
  errors: {
    alreadyDecided: "Chứng nhận này đã được quyết định trước đó.",
    reasonRequired: "Hãy ghi lý do từ chối (ít nhất 5 ký tự).",
    checkedCannotBeRemoved: "Chứng nhận đã được Phòng Kinh tế xác nhận là hồ sơ của Phòng: doanh nghiệp không tự xóa được. Hãy liên hệ Phòng Kinh tế.",
  },
  email: {
    checkedSubject: "Chứng nhận {{number}} đã được xác nhận",
    checkedBody:
      "Kính gửi {{business}},\n\nPhòng Kinh tế đã đối chiếu và xác nhận chứng nhận số {{number}} {{product}} ngày {{date}}.\nTrang kiểm tra công khai: {{verifyUrl}}\nXem sản phẩm: {{editUrl}}",
    rejectedSubject: "Chứng nhận {{number}} không được xác nhận",
    rejectedBody:
      "Kính gửi {{business}},\n\nPhòng Kinh tế đã đối chiếu và không xác nhận chứng nhận số {{number}} {{product}}.\nLý do: {{reason}}\nChứng nhận này không được hiện công khai. Xem sản phẩm: {{editUrl}}",
  },
};
export default certificateChecks;
