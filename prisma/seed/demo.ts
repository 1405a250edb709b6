// A realistic demo in the communes that were Thăng Bình district (Quảng Nam), now part of
// Thành phố Đà Nẵng: businesses of every legal form, products, certificates, sales points,
// a fair, a trip, complaints, news, holidays and one account per role.
// Rerunnable: every row is found by a stable key (slug, e-mail, code, number, name) and only
// created when missing, so a rerun leaves the same counts and never undoes what people did
// in the demo (passwords, statuses, edits). Reference data (categories, holidays, account
// names and roles) is refreshed. Needs the places (seedPlaces) first.
import type { Prisma, PrismaClient } from "../../app/generated/prisma/client";
import { generateVerificationCode } from "../../app/modules/certification/verification-code";
import { seedDemoCertificateChecks } from "./demo-certificates";
import { hashPassword } from "../../app/modules/identity/password.server";
import { normaliseVietnamesePhone } from "../../app/utils/identifiers";
import { foldVietnamese, slugify } from "../../app/utils/text";
import { seedSearchDemo } from "./demo-search";
import { seedDemoFairs } from "./demo-fairs";
import { seedDemoTripsPublic } from "./demo-trips-public";
import { seedDemoPayments } from "./demo-payments";
import { seedDemoTrips } from "./demo-trips";
import { seedDemoComplaints } from "./demo-complaints";
import { seedDemoPhotos } from "./demo-photos";

type Tx = Prisma.TransactionClient;

export const DEMO_PASSWORD = "HangViet@2026";

export const DEMO_ACCOUNTS = [
  { email: "admin@hangviet.vn", name: "Quản trị hệ thống", role: "ADMIN" },
  { email: "canbo@hangviet.vn", name: "Nguyễn Thị Lan — Phòng Kinh tế", role: "OFFICER" },
  { email: "doitac@hangviet.vn", name: "Ủy ban MTTQ xã Thăng Bình", role: "PARTNER" },
  { email: "doanhnghiep@hangviet.vn", name: "Trần Văn Hùng", role: "BUSINESS" },
  { email: "hokinhdoanh@hangviet.vn", name: "Lê Thị Minh", role: "BUSINESS" },
  { email: "nhanvien@hangviet.vn", name: "Phạm Quốc Bảo", role: "BUSINESS" },
] as const;

const PROVINCE = "48"; // Thành phố Đà Nẵng
const COMMUNE = {
  thangAn: "20794",
  thangBinh: "20791",
  thangPhu: "20827",
  thangTruong: "20836",
  thangDien: "20848",
  dongDuong: "20818",
} as const;

const DAY_MS = 86_400_000;
/** A wall-clock time in Asia/Ho_Chi_Minh (UTC+7, no daylight saving) as a UTC instant. */
const vn = (local: string) => new Date(`${local}+07:00`);
const addMonths = (date: Date, months: number) => {
  const d = new Date(date);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d;
};

// ───────────────────────────── reference data ─────────────────────────────

const CATEGORIES: Array<{ slug: string; vi: string; en: string; children: Array<[string, string, string]> }> = [
  {
    slug: "nong-san-thuc-pham",
    vi: "Nông sản và thực phẩm",
    en: "Agricultural and food products",
    children: [
      ["nuoc-mam-gia-vi", "Nước mắm và gia vị", "Fish sauce and spices"],
      ["banh-keo", "Bánh và kẹo", "Cakes and sweets"],
      ["gao-ngu-coc", "Gạo, ngũ cốc và đậu hạt", "Rice, cereals and nuts"],
      ["rau-cu-qua", "Rau củ quả", "Vegetables and fruit"],
    ],
  },
  {
    slug: "thu-cong-my-nghe",
    vi: "Thủ công mỹ nghệ",
    en: "Handicrafts",
    children: [
      ["do-may-tre-dan", "Đồ mây tre đan", "Rattan and bamboo ware"],
      ["gom-su", "Gốm sứ", "Pottery and ceramics"],
      ["chieu-coi", "Chiếu cói", "Sedge mats"],
      ["non-la", "Nón lá", "Conical hats"],
    ],
  },
  {
    slug: "det-may",
    vi: "Dệt may",
    en: "Textiles and garments",
    children: [
      ["vai-lua", "Vải và lụa", "Fabric and silk"],
      ["quan-ao", "Quần áo", "Clothing"],
      ["tho-cam", "Thổ cẩm", "Brocade"],
    ],
  },
  {
    slug: "do-gia-dung",
    vi: "Đồ gia dụng",
    en: "Household goods",
    children: [
      ["dung-cu-nha-bep", "Dụng cụ nhà bếp", "Kitchenware"],
      ["do-go", "Đồ gỗ", "Wooden furniture"],
    ],
  },
  {
    slug: "do-uong",
    vi: "Đồ uống",
    en: "Beverages",
    children: [
      ["ruou-truyen-thong", "Rượu truyền thống", "Traditional liquor"],
      ["tra-ca-phe", "Trà và cà phê", "Tea and coffee"],
      ["nuoc-giai-khat", "Nước giải khát", "Soft drinks"],
    ],
  },
  {
    slug: "duoc-lieu",
    vi: "Dược liệu",
    en: "Medicinal herbs",
    children: [
      ["mat-ong", "Mật ong", "Honey"],
      ["thao-duoc", "Thảo dược", "Herbal products"],
      ["tinh-dau", "Tinh dầu", "Essential oils"],
    ],
  },
];

/** Public holidays (Labour Code 2019, art. 112) with the compensatory days off. */
const HOLIDAYS: Array<[string, string]> = [
  ["2026-01-01", "Tết Dương lịch"],
  ...["14", "15", "16", "17", "18", "19", "20", "21", "22"].map(
    (d): [string, string] => [`2026-02-${d}`, "Tết Nguyên đán Bính Ngọ"],
  ),
  ["2026-04-26", "Giỗ Tổ Hùng Vương (10/3 âm lịch)"],
  ["2026-04-27", "Nghỉ bù Giỗ Tổ Hùng Vương"],
  ["2026-04-30", "Ngày Chiến thắng (30/4)"],
  ["2026-05-01", "Ngày Quốc tế Lao động (1/5)"],
  ["2026-09-01", "Quốc khánh (nghỉ liền kề)"],
  ["2026-09-02", "Quốc khánh (2/9)"],
  ["2027-01-01", "Tết Dương lịch"],
  // Tết Đinh Mùi: 29 Tết (Fri 5 Feb) to mùng 4 (Tue 9), with Sat 6 and Sun 7 made up on Wed 10 and
  // Thu 11 (Labour Code art. 112(3)); the office corrects it at /office/settings/holidays when the
  // government notice is out.
  ...["05", "06", "07", "08", "09", "10", "11"].map((d): [string, string] => [`2027-02-${d}`, "Tết Nguyên đán Đinh Mùi"]),
  ["2027-04-16", "Giỗ Tổ Hùng Vương (10/3 âm lịch)"],
  ["2027-04-30", "Ngày Chiến thắng (30/4)"],
  ["2027-05-01", "Ngày Quốc tế Lao động (1/5)"],
  ["2027-05-03", "Nghỉ bù Ngày Quốc tế Lao động"],
  ["2027-09-01", "Quốc khánh (nghỉ liền kề)"],
  ["2027-09-02", "Quốc khánh (2/9)"],
];

const SYNONYMS: string[][] = [
  ["lac", "dau phong"],
  ["heo", "lon"],
  ["tphcm", "ho chi minh", "sai gon"],
  ["bap", "ngo"],
  ["khom", "dua", "thom"],
  ["chen", "bat"],
  ["ca phe", "cafe"],
];

const SETTINGS: Record<string, unknown> = {
  salesPointProgramme: {
    minVietGoodsShare: 80,
    validityMonths: 24,
    checklist: [
      "Tỷ lệ hàng Việt Nam trưng bày đạt từ 80 % trở lên",
      "Hàng hóa có nguồn gốc, xuất xứ rõ ràng; còn hạn sử dụng",
      "Niêm yết giá đầy đủ, bán đúng giá niêm yết",
      "Khu vực trưng bày hàng Việt Nam riêng, dễ nhận biết, có biển hiệu chương trình",
      "Cửa hàng sạch sẽ, bảo đảm an toàn thực phẩm và phòng cháy chữa cháy",
    ],
  },
  bankAccount: { bankBin: "970436", accountNumber: "0041000123456", accountName: "PHONG KINH TE XA THANG BINH" },
};

// ───────────────────────────── businesses and products ─────────────────────────────

type BusinessSeed = {
  slug: string;
  legalForm: "ENTERPRISE" | "COOPERATIVE" | "COOPERATIVE_GROUP" | "HOUSEHOLD";
  name: string;
  commune: string;
  /** old (pre-2025) commune code the business typed; mapped to `commune` */
  oldCode?: string;
  enterpriseCode?: string;
  registrationNo?: string;
  ownerPersonalId?: string;
  status: "VERIFIED" | "PENDING" | "REJECTED";
  statusReason?: string;
  verifiedOn?: string;
  street: string;
  phone: string;
  email?: string;
  description: string;
  povertyStatus?: "NEAR_POOR" | "POOR";
};

// Enterprise codes carry the tax-code check digit (10 − Σ dᵢ·wᵢ mod 11, w = 31 29 23 19 17 13 7 5 3).
const BUSINESSES: BusinessSeed[] = [
  {
    slug: "cong-ty-tnhh-thuc-pham-ha-lam",
    legalForm: "ENTERPRISE",
    name: "Công ty TNHH Thực phẩm Hà Lam",
    commune: COMMUNE.thangBinh,
    enterpriseCode: "0401234566",
    status: "VERIFIED",
    verifiedOn: "2026-03-02",
    street: "215 Tiểu La, thôn Hà Lam",
    phone: "0235 3874 215",
    email: "lienhe@thucphamhalam.vn",
    description:
      "Chế biến đậu phộng, mì Quảng, bánh tráng và gia vị từ nông sản của các xã Thăng Bình. Thành viên chương trình Hàng Việt Nam chất lượng cao.",
  },
  {
    slug: "chi-nhanh-thuc-pham-ha-lam-thang-an",
    legalForm: "ENTERPRISE",
    name: "Chi nhánh Công ty TNHH Thực phẩm Hà Lam tại Thăng An",
    commune: COMMUNE.thangAn,
    enterpriseCode: "0401234566-001",
    status: "VERIFIED",
    verifiedOn: "2026-03-05",
    street: "Thôn Bình Triều, đường ven biển Võ Chí Công",
    phone: "0235 3650 118",
    description: "Cửa hàng giới thiệu sản phẩm và kho trung chuyển hàng đi Hội An, Đà Nẵng.",
  },
  {
    slug: "cong-ty-co-phan-may-tre-quang-da",
    legalForm: "ENTERPRISE",
    name: "Công ty Cổ phần Mây tre Quảng Đà",
    commune: COMMUNE.thangDien,
    enterpriseCode: "0402135790",
    status: "VERIFIED",
    verifiedOn: "2026-04-14",
    street: "Thôn Bình Trung, xã Thăng Điền",
    phone: "0235 3688 902",
    email: "maytrequangda@gmail.com",
    description: "Sản xuất đồ mây tre đan gia dụng và lưu niệm, bao tiêu sản phẩm cho hơn 60 hộ đan lát trong vùng.",
  },
  {
    slug: "cong-ty-tnhh-do-go-ha-lam",
    legalForm: "ENTERPRISE",
    name: "Công ty TNHH Đồ gỗ Hà Lam",
    commune: COMMUNE.thangBinh,
    enterpriseCode: "0400567890",
    status: "PENDING",
    street: "Cụm công nghiệp Hà Lam – Chợ Được",
    phone: "0905 218 447",
    description: "Đồ gỗ nội thất từ gỗ rừng trồng có chứng chỉ.",
  },
  {
    slug: "htx-nong-nghiep-binh-trung",
    legalForm: "COOPERATIVE",
    name: "HTX Nông nghiệp Bình Trung",
    commune: COMMUNE.thangDien,
    registrationNo: "3307000128",
    status: "VERIFIED",
    verifiedOn: "2026-02-24",
    street: "Thôn Bình Trung, xã Thăng Điền",
    phone: "0235 3686 055",
    description: "Sản xuất lúa hữu cơ, nếp và rau màu theo chuỗi liên kết; hơn 300 xã viên.",
  },
  {
    slug: "htx-dich-vu-nong-nghiep-binh-sa",
    legalForm: "COOPERATIVE",
    name: "HTX Dịch vụ Nông nghiệp Bình Sa",
    commune: COMMUNE.thangTruong,
    registrationNo: "3307000245",
    status: "VERIFIED",
    verifiedOn: "2026-03-18",
    street: "Thôn Bình Sa, xã Thăng Trường",
    phone: "0235 3689 311",
    description: "Đậu phộng, khoai lang trên đất cát ven biển; ép dầu đậu phộng thủ công.",
  },
  {
    slug: "htx-nuoi-ong-binh-que",
    legalForm: "COOPERATIVE",
    name: "HTX Nuôi ong Bình Quế",
    commune: COMMUNE.thangPhu,
    registrationNo: "3307000391",
    status: "VERIFIED",
    verifiedOn: "2026-05-06",
    street: "Thôn Bình Quế, xã Thăng Phú",
    phone: "0935 447 120",
    description: "Mật ong rừng và mật ong hoa keo từ vùng đồi Thăng Phú, tinh dầu sả chanh.",
  },
  {
    slug: "to-hop-tac-chieu-coi-binh-tri",
    legalForm: "COOPERATIVE_GROUP",
    name: "Tổ hợp tác chiếu cói Bình Trị",
    commune: COMMUNE.dongDuong,
    registrationNo: "THT-20818-008",
    status: "VERIFIED",
    verifiedOn: "2026-04-02",
    street: "Thôn Bình Trị, xã Đồng Dương",
    phone: "0914 365 802",
    description: "Hơn 40 hộ dệt chiếu cói và túi cói thủ công, giữ nghề truyền thống của làng.",
  },
  {
    slug: "to-hop-tac-banh-trang-dong-duong",
    legalForm: "COOPERATIVE_GROUP",
    name: "Tổ hợp tác bánh tráng Đồng Dương",
    commune: COMMUNE.dongDuong,
    registrationNo: "THT-20818-011",
    status: "VERIFIED",
    verifiedOn: "2026-04-02",
    street: "Thôn Đồng Dương, xã Đồng Dương",
    phone: "0905 771 236",
    description: "Bánh tráng nướng, bánh tráng phơi sương tráng tay bằng bột gạo địa phương.",
  },
  {
    slug: "to-hop-tac-rau-an-toan-binh-phuc",
    legalForm: "COOPERATIVE_GROUP",
    name: "Tổ hợp tác rau an toàn Bình Phục",
    commune: COMMUNE.thangBinh,
    registrationNo: "THT-20791-004",
    status: "REJECTED",
    statusReason:
      "Giấy xác nhận đăng ký tổ hợp tác không đọc được số và ngày cấp. Đề nghị tải lại bản chụp rõ nét rồi gửi lại.",
    street: "Thôn Bình Phục, xã Thăng Bình",
    phone: "0983 120 554",
    description: "Rau ăn lá, rau gia vị trồng theo VietGAP.",
  },
  {
    slug: "co-so-nuoc-mam-binh-minh",
    legalForm: "HOUSEHOLD",
    name: "Cơ sở nước mắm Bình Minh",
    commune: COMMUNE.thangAn,
    oldCode: "20812", // Xã Bình Minh, Huyện Thăng Bình, Tỉnh Quảng Nam
    ownerPersonalId: "049185001234",
    status: "VERIFIED",
    verifiedOn: "2026-03-10",
    street: "Thôn Bình Minh, xã Bình Minh (cũ)",
    phone: "0905 332 718",
    description: "Nước mắm cá cơm ủ chượp chum gỗ 12–18 tháng theo cách làm của làng biển Bình Minh.",
  },
  {
    slug: "co-so-ruou-nep-binh-trieu",
    legalForm: "HOUSEHOLD",
    name: "Cơ sở rượu nếp Bình Triều",
    commune: COMMUNE.thangAn,
    oldCode: "20806", // Xã Bình Triều, Huyện Thăng Bình, Tỉnh Quảng Nam
    ownerPersonalId: "049078004321",
    status: "VERIFIED",
    verifiedOn: "2026-05-20",
    street: "Thôn Bình Triều",
    phone: "0934 880 162",
    description: "Rượu nếp nấu thủ công bằng men lá, chưng cất hai lần.",
    povertyStatus: "NEAR_POOR",
  },
  {
    slug: "ho-kinh-doanh-non-la-binh-nguyen",
    legalForm: "HOUSEHOLD",
    name: "Hộ kinh doanh nón lá Bình Nguyên",
    commune: COMMUNE.thangBinh,
    ownerPersonalId: "049166007788",
    status: "VERIFIED",
    verifiedOn: "2026-06-11",
    street: "Thôn Bình Nguyên, xã Thăng Bình",
    phone: "0976 204 519",
    description: "Nón lá chuốt vành tre, lá nón phơi sương.",
  },
  {
    slug: "tap-hoa-thu-ha",
    legalForm: "HOUSEHOLD",
    name: "Tạp hóa Thu Hà",
    commune: COMMUNE.thangPhu,
    ownerPersonalId: "049190002468",
    status: "VERIFIED",
    verifiedOn: "2026-02-27",
    street: "Chợ Bình Phú, xã Thăng Phú",
    phone: "0905 146 839",
    description: "Tạp hóa và đặc sản địa phương; ưu tiên hàng Việt Nam.",
  },
];

type ProductSeed = {
  business: string;
  name: string;
  category: string;
  unit: string;
  priceVnd: number;
  status?: "APPROVED" | "SUBMITTED" | "DRAFT";
  description: string;
  origin?: string;
  publishedOn?: string;
};

const PRODUCTS: ProductSeed[] = [
  { business: "cong-ty-tnhh-thuc-pham-ha-lam", name: "Đậu phộng rang muối", category: "gao-ngu-coc", unit: "hũ 500 g", priceVnd: 65_000, description: "Đậu phộng Bình Sa rang cát, muối hột, giòn bùi.", origin: COMMUNE.thangTruong, publishedOn: "2026-03-12" },
  { business: "cong-ty-tnhh-thuc-pham-ha-lam", name: "Mì Quảng khô Hà Lam", category: "gao-ngu-coc", unit: "gói 500 g", priceVnd: 35_000, description: "Sợi mì Quảng tráng từ gạo Bình Trung, phơi nắng.", publishedOn: "2026-03-12" },
  { business: "cong-ty-tnhh-thuc-pham-ha-lam", name: "Bánh tráng mè đen", category: "banh-keo", unit: "xấp 10 cái", priceVnd: 30_000, description: "Bánh tráng gạo có mè đen, nướng than.", publishedOn: "2026-04-01" },
  { business: "cong-ty-tnhh-thuc-pham-ha-lam", name: "Tương ớt Hà Lam", category: "nuoc-mam-gia-vi", unit: "chai 250 ml", priceVnd: 25_000, description: "Ớt, tỏi địa phương, không chất bảo quản.", publishedOn: "2026-04-01" },
  { business: "cong-ty-tnhh-thuc-pham-ha-lam", name: "Kẹo đậu phộng mạch nha", category: "banh-keo", unit: "hộp 300 g", priceVnd: 45_000, status: "SUBMITTED", description: "Kẹo đậu phộng nấu mạch nha, gừng." },
  { business: "cong-ty-tnhh-thuc-pham-ha-lam", name: "Muối ớt xanh", category: "nuoc-mam-gia-vi", unit: "hũ 200 g", priceVnd: 30_000, status: "DRAFT", description: "Muối ớt xanh chấm hải sản." },
  { business: "co-so-nuoc-mam-binh-minh", name: "Nước mắm cá cơm Bình Minh", category: "nuoc-mam-gia-vi", unit: "chai 500 ml", priceVnd: 85_000, description: "Cá cơm than và muối biển, ủ chượp 12 tháng; 30 độ đạm.", publishedOn: "2026-03-15" },
  { business: "co-so-nuoc-mam-binh-minh", name: "Nước mắm nhĩ cá cơm 40 độ đạm", category: "nuoc-mam-gia-vi", unit: "chai 500 ml", priceVnd: 150_000, description: "Giọt nhĩ đầu tiên, ủ 18 tháng.", publishedOn: "2026-03-15" },
  { business: "co-so-nuoc-mam-binh-minh", name: "Mắm cá cơm Bình Minh", category: "nuoc-mam-gia-vi", unit: "hũ 500 g", priceVnd: 70_000, description: "Mắm cái cá cơm ăn kèm bánh tráng, thịt luộc.", publishedOn: "2026-05-02" },
  { business: "co-so-nuoc-mam-binh-minh", name: "Cá cơm khô", category: "nong-san-thuc-pham", unit: "gói 250 g", priceVnd: 90_000, description: "Cá cơm luộc nước muối, phơi nắng trên giàn.", publishedOn: "2026-05-02" },
  { business: "co-so-ruou-nep-binh-trieu", name: "Rượu nếp Bình Triều", category: "ruou-truyen-thong", unit: "chai 500 ml", priceVnd: 60_000, description: "Rượu nếp men lá, 35 độ.", publishedOn: "2026-06-01" },
  { business: "co-so-ruou-nep-binh-trieu", name: "Rượu nếp cẩm", category: "ruou-truyen-thong", unit: "chai 500 ml", priceVnd: 75_000, status: "SUBMITTED", description: "Rượu nếp cẩm ngâm, 29 độ." },
  { business: "htx-nong-nghiep-binh-trung", name: "Gạo hữu cơ Bình Trung", category: "gao-ngu-coc", unit: "túi 5 kg", priceVnd: 150_000, description: "Gạo trồng theo quy trình hữu cơ, không thuốc diệt cỏ.", publishedOn: "2026-03-01" },
  { business: "htx-nong-nghiep-binh-trung", name: "Nếp cái hoa vàng", category: "gao-ngu-coc", unit: "túi 2 kg", priceVnd: 80_000, description: "Nếp dẻo thơm để đồ xôi, nấu rượu.", publishedOn: "2026-03-01" },
  { business: "htx-nong-nghiep-binh-trung", name: "Dưa hấu Bình Trung", category: "rau-cu-qua", unit: "kg", priceVnd: 15_000, description: "Dưa hấu ruột đỏ trồng trên đất cát pha, vụ Tết.", publishedOn: "2026-06-20" },
  { business: "htx-dich-vu-nong-nghiep-binh-sa", name: "Đậu phộng Bình Sa", category: "gao-ngu-coc", unit: "kg", priceVnd: 60_000, description: "Lạc nhân giống địa phương hạt nhỏ, nhiều dầu.", publishedOn: "2026-03-20" },
  { business: "htx-dich-vu-nong-nghiep-binh-sa", name: "Khoai lang Bình Sa", category: "rau-cu-qua", unit: "kg", priceVnd: 20_000, description: "Khoai lang ruột vàng trồng trên cát.", publishedOn: "2026-03-20" },
  { business: "htx-dich-vu-nong-nghiep-binh-sa", name: "Dầu đậu phộng nguyên chất", category: "nuoc-mam-gia-vi", unit: "chai 1 lít", priceVnd: 120_000, description: "Ép nguội thủ công, lắng tự nhiên.", publishedOn: "2026-07-10" },
  { business: "htx-nuoi-ong-binh-que", name: "Mật ong rừng", category: "mat-ong", unit: "chai 500 ml", priceVnd: 250_000, description: "Mật ong rừng vùng đồi Thăng Phú, khai thác mùa xuân.", publishedOn: "2026-05-15" },
  { business: "htx-nuoi-ong-binh-que", name: "Mật ong hoa keo", category: "mat-ong", unit: "chai 1 lít", priceVnd: 180_000, description: "Mật ong nuôi, hoa keo lá tràm.", publishedOn: "2026-05-15" },
  { business: "htx-nuoi-ong-binh-que", name: "Tinh dầu sả chanh", category: "tinh-dau", unit: "chai 50 ml", priceVnd: 60_000, status: "DRAFT", description: "Chưng cất từ sả trồng tại Bình Quế." },
  { business: "to-hop-tac-chieu-coi-binh-tri", name: "Chiếu cói Bình Trị", category: "chieu-coi", unit: "chiếc 1,6 × 2 m", priceVnd: 350_000, description: "Chiếu cói dệt tay, nhuộm màu tự nhiên.", publishedOn: "2026-04-10" },
  { business: "to-hop-tac-chieu-coi-binh-tri", name: "Túi cói thủ công", category: "chieu-coi", unit: "chiếc", priceVnd: 120_000, description: "Túi xách cói đan tay, quai da.", publishedOn: "2026-04-10" },
  { business: "to-hop-tac-banh-trang-dong-duong", name: "Bánh tráng nướng Đồng Dương", category: "banh-keo", unit: "xấp 10 cái", priceVnd: 35_000, description: "Bánh tráng gạo có mè, nướng than hồng.", publishedOn: "2026-04-12" },
  { business: "to-hop-tac-banh-trang-dong-duong", name: "Bánh tráng phơi sương", category: "banh-keo", unit: "xấp 20 cái", priceVnd: 40_000, description: "Bánh tráng hai lớp phơi sương, cuốn thịt heo.", publishedOn: "2026-04-12" },
  { business: "ho-kinh-doanh-non-la-binh-nguyen", name: "Nón lá Bình Nguyên", category: "non-la", unit: "chiếc", priceVnd: 80_000, description: "Nón lá 16 vành, chằm tay.", publishedOn: "2026-06-25" },
  { business: "cong-ty-co-phan-may-tre-quang-da", name: "Giỏ mây tre đan", category: "do-may-tre-dan", unit: "chiếc", priceVnd: 150_000, description: "Giỏ đựng đồ đan mây, khung tre.", publishedOn: "2026-05-05" },
  { business: "cong-ty-co-phan-may-tre-quang-da", name: "Khay tre đan", category: "do-may-tre-dan", unit: "bộ 3 chiếc", priceVnd: 180_000, description: "Khay tre hun khói chống mối mọt.", publishedOn: "2026-05-05" },
];

// ───────────────────────────── helpers ─────────────────────────────

function phone(input: string): string {
  const normalised = normaliseVietnamesePhone(input);
  if (!normalised) throw new Error(`demo: bad phone number ${input}`);
  return normalised;
}

async function ensureCertificate(
  tx: Tx,
  data: Omit<Prisma.CertificateUncheckedCreateInput, "verificationCode">,
) {
  const existing = await tx.certificate.findFirst({ where: { kind: data.kind, number: data.number } });
  if (existing) return existing;
  return tx.certificate.create({ data: { ...data, verificationCode: generateVerificationCode() } });
}

// ───────────────────────────── the seed ─────────────────────────────

export async function seedDemo(client: PrismaClient): Promise<Record<string, number>> {
  const missingUsers = await client.user.count({
    where: { email: { in: DEMO_ACCOUNTS.map((a) => a.email) } },
  });
  // argon2 is deliberately slow: hash once, and only when an account has to be created.
  const passwordHash = missingUsers < DEMO_ACCOUNTS.length ? await hashPassword(DEMO_PASSWORD) : "";

  await client.$transaction((tx) => seedDemoIn(tx, passwordHash), { timeout: 120_000, maxWait: 10_000 });
  await client.$transaction((tx) => seedDemoCertificateChecks(tx));
  await client.$transaction((tx) => seedDemoFairs(tx));
  await client.$transaction((tx) => seedDemoTripsPublic(tx));
  await client.$transaction((tx) => seedDemoPayments(tx), { timeout: 60_000, maxWait: 10_000 });
  await client.$transaction((tx) => seedDemoTrips(tx));
  await seedDemoPhotos(client, BUSINESSES.map((b) => b.slug)); // prisma/seed/demo-photos.ts

  const [users, businesses, products, certificates, salesPoints, complaints] = await Promise.all([
    client.user.count(),
    client.business.count(),
    client.product.count(),
    client.certificate.count(),
    client.salesPoint.count(),
    client.complaint.count(),
  ]);
  return { users, businesses, products, certificates, salesPoints, complaints };
}

async function seedDemoIn(tx: Tx, passwordHash: string) {
  const today = new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`);
  const daysFromToday = (n: number) => new Date(today.getTime() + n * DAY_MS);

  // users (an existing account keeps its password)
  const users: Record<string, string> = {};
  for (const account of DEMO_ACCOUNTS) {
    // Not an upsert: SQLite checks the CHECK constraints of the row an upsert would insert even
    // when it ends up updating, and an existing account has no new password hash to offer.
    const existing = await tx.user.findUnique({ where: { email: account.email }, select: { id: true } });
    const user = existing
      ? await tx.user.update({ where: { id: existing.id }, data: { name: account.name, role: account.role } })
      : await tx.user.create({ data: { ...account, passwordHash, phone: null } });
    users[account.email] = user.id;
  }
  const officerId = users["canbo@hangviet.vn"]!;
  const partnerId = users["doitac@hangviet.vn"]!;

  // categories
  const categories: Record<string, string> = {};
  for (const [index, top] of CATEGORIES.entries()) {
    const parent = await tx.category.upsert({
      where: { slug: top.slug },
      update: { nameVi: top.vi, nameEn: top.en, parentId: null, position: index },
      create: { slug: top.slug, nameVi: top.vi, nameEn: top.en, position: index },
    });
    categories[top.slug] = parent.id;
    for (const [childIndex, [slug, vi, en]] of top.children.entries()) {
      const child = await tx.category.upsert({
        where: { slug },
        update: { nameVi: vi, nameEn: en, parentId: parent.id, position: childIndex },
        create: { slug, nameVi: vi, nameEn: en, parentId: parent.id, position: childIndex },
      });
      categories[slug] = child.id;
    }
  }

  // reference data kept by the office
  for (const [date, name] of HOLIDAYS) {
    await tx.holiday.upsert({ where: { date }, update: { name }, create: { date, name } });
  }
  const holidays = new Set((await tx.holiday.findMany({ select: { date: true } })).map((d) => d.date));
  // The search migration starts the office with some groups; add only groups none of whose
  // terms is already in a group, so a term never sits in two groups.
  const knownTerms = new Set(
    (await tx.synonymGroup.findMany({ select: { terms: true } })).flatMap((g) => (JSON.parse(g.terms) as string[]).map((t) => foldVietnamese(t))),
  );
  for (const group of SYNONYMS) {
    const terms = group.map((t) => foldVietnamese(t));
    if (terms.some((t) => knownTerms.has(t))) continue;
    await tx.synonymGroup.create({ data: { terms: JSON.stringify(terms) } });
    terms.forEach((t) => knownTerms.add(t));
  }
  for (const [key, value] of Object.entries(SETTINGS)) {
    await tx.setting.upsert({ where: { key }, update: {}, create: { key, value: JSON.stringify(value) } });
  }

  // businesses
  const businesses: Record<string, string> = {};
  for (const b of BUSINESSES) {
    const oldCommune = b.oldCode
      ? await tx.communeMapping.findFirst({ where: { oldCode: b.oldCode }, orderBy: { id: "asc" } })
      : null;
    if (b.oldCode && oldCommune?.newCommuneCode !== b.commune) {
      throw new Error(`demo: old commune ${b.oldCode} does not map to ${b.commune}; seed the places first`);
    }
    const business = await tx.business.upsert({
      where: { slug: b.slug },
      update: {},
      create: {
        slug: b.slug,
        legalForm: b.legalForm,
        name: b.name,
        enterpriseCode: b.enterpriseCode ?? null,
        registrationNo: b.registrationNo ?? null,
        ownerPersonalId: b.ownerPersonalId ?? null,
        status: b.status,
        statusReason: b.statusReason ?? null,
        provinceCode: PROVINCE,
        communeCode: b.commune,
        oldCommuneId: oldCommune?.id ?? null,
        streetAddress: b.street,
        phone: phone(b.phone),
        email: b.email ?? null,
        description: b.description,
        verifiedAt: b.verifiedOn ? vn(`${b.verifiedOn}T09:30:00`) : null,
        povertyStatus: b.povertyStatus ?? "NONE",
        povertyConfirmedById: b.povertyStatus ? partnerId : null,
        povertyConfirmedAt: b.povertyStatus ? vn("2026-06-03T10:00:00") : null,
      },
    });
    businesses[b.slug] = business.id;
  }
  const biz = (slug: string) => {
    const id = businesses[slug];
    if (!id) throw new Error(`demo: unknown business ${slug}`);
    return id;
  };

  const memberships: Array<[string, string, "OWNER" | "STAFF"]> = [
    ["doanhnghiep@hangviet.vn", "cong-ty-tnhh-thuc-pham-ha-lam", "OWNER"],
    ["doanhnghiep@hangviet.vn", "chi-nhanh-thuc-pham-ha-lam-thang-an", "OWNER"],
    ["nhanvien@hangviet.vn", "cong-ty-tnhh-thuc-pham-ha-lam", "STAFF"],
    ["hokinhdoanh@hangviet.vn", "co-so-nuoc-mam-binh-minh", "OWNER"],
  ];
  for (const [email, slug, role] of memberships) {
    const key = { userId: users[email]!, businessId: biz(slug) };
    await tx.businessMembership.upsert({ where: { userId_businessId: key }, update: {}, create: { ...key, role } });
  }

  // products
  const products: Record<string, string> = {};
  for (const p of PRODUCTS) {
    const status = p.status ?? "APPROVED";
    const businessCommune = BUSINESSES.find((b) => b.slug === p.business)!.commune;
    const published = p.publishedOn ? vn(`${p.publishedOn}T10:00:00`) : null;
    const product = await tx.product.upsert({
      where: { slug: slugify(p.name) },
      update: {},
      create: {
        slug: slugify(p.name),
        businessId: biz(p.business),
        status,
        name: p.name,
        categoryId: categories[p.category]!,
        description: p.description,
        unit: p.unit,
        priceVnd: p.priceVnd,
        originCommuneCode: p.origin ?? businessCommune,
        submittedAt: status === "DRAFT" ? null : published ?? daysFromToday(-2),
        publishedAt: status === "APPROVED" ? published : null,
      },
    });
    products[p.name] = product.id;
  }
  const product = (name: string) => products[name]!;
  await seedSearchDemo(tx);

  // product and business certificates
  const ocop = (stars: number, issuedOn: Date) => ({
    kind: "OCOP" as const,
    stars,
    issuedOn,
    expiresOn: addMonths(issuedOn, 36),
  });
  const expiringSoon = daysFromToday(18); // inside the 30-day reminder window
  const certificates: Array<Omit<Prisma.CertificateUncheckedCreateInput, "verificationCode">> = [
    { ...ocop(4, vn("2025-09-15T00:00:00")), number: "OCOP-48-2025-0142", issuer: "UBND thành phố Đà Nẵng", businessId: biz("co-so-nuoc-mam-binh-minh"), productId: product("Nước mắm cá cơm Bình Minh") },
    { ...ocop(4, vn("2026-05-28T00:00:00")), number: "OCOP-48-2026-0057", issuer: "UBND thành phố Đà Nẵng", businessId: biz("htx-nuoi-ong-binh-que"), productId: product("Mật ong rừng") },
    { ...ocop(3, vn("2026-03-20T00:00:00")), number: "OCOP-48-2026-0019", issuer: "UBND thành phố Đà Nẵng", businessId: biz("htx-nong-nghiep-binh-trung"), productId: product("Gạo hữu cơ Bình Trung") },
    { ...ocop(3, vn("2025-12-12T00:00:00")), number: "OCOP-48-2025-0203", issuer: "UBND thành phố Đà Nẵng", businessId: biz("co-so-ruou-nep-binh-trieu"), productId: product("Rượu nếp Bình Triều") },
    { kind: "OCOP", stars: 3, issuedOn: addMonths(expiringSoon, -36), expiresOn: expiringSoon, number: "OCOP-QNA-2023-0311", issuer: "UBND tỉnh Quảng Nam", businessId: biz("to-hop-tac-chieu-coi-binh-tri"), productId: product("Chiếu cói Bình Trị") },
    { ...ocop(3, vn("2022-10-05T00:00:00")), number: "OCOP-QNA-2022-0178", issuer: "UBND tỉnh Quảng Nam", status: "EXPIRED", statusChangedAt: vn("2025-10-06T00:05:00"), businessId: biz("to-hop-tac-banh-trang-dong-duong"), productId: product("Bánh tráng nướng Đồng Dương") },
    { kind: "HVNCLC", year: 2026, number: "HVNCLC-2026-0871", issuer: "Hội Doanh nghiệp Hàng Việt Nam chất lượng cao", issuedOn: vn("2026-03-05T00:00:00"), expiresOn: vn("2026-12-31T23:59:59"), businessId: biz("cong-ty-tnhh-thuc-pham-ha-lam") },
  ];
  for (const certificate of certificates) await ensureCertificate(tx, certificate);

  // sales points
  const everyDay = (opensAt: number, closesAt: number) =>
    [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, opensAt, closesAt }));
  const h = (hours: number, minutes = 0) => hours * 60 + minutes;
  const salesPoints: Array<{
    business: string;
    name: string;
    commune: string;
    street: string;
    lat: number;
    lng: number;
    share: number;
    status: "CERTIFIED" | "APPLIED" | "REJECTED";
    hours: Array<{ weekday: number; opensAt: number; closesAt: number }>;
    categories: string[];
    certificate?: { number: string; issuedOn: string; revoked?: { on: string; reason: string } };
  }> = [
    { business: "cong-ty-tnhh-thuc-pham-ha-lam", name: "Cửa hàng Thực phẩm Hà Lam", commune: COMMUNE.thangBinh, street: "215 Tiểu La, thôn Hà Lam", lat: 15.7378, lng: 108.3642, share: 95, status: "CERTIFIED", hours: everyDay(h(6, 30), h(21)), categories: ["gao-ngu-coc", "banh-keo", "nuoc-mam-gia-vi"], certificate: { number: "DBHV-TB-2026-001", issuedOn: "2026-04-20" } },
    { business: "chi-nhanh-thuc-pham-ha-lam-thang-an", name: "Cửa hàng Hà Lam — Thăng An", commune: COMMUNE.thangAn, street: "Đường Võ Chí Công, thôn Bình Triều", lat: 15.7562, lng: 108.4185, share: 90, status: "CERTIFIED", hours: everyDay(h(7), h(20)), categories: ["gao-ngu-coc", "banh-keo"], certificate: { number: "DBHV-TB-2026-002", issuedOn: "2026-04-20" } },
    { business: "co-so-nuoc-mam-binh-minh", name: "Cửa hàng nước mắm Bình Minh", commune: COMMUNE.thangAn, street: "Thôn Bình Minh", lat: 15.7745, lng: 108.4420, share: 100, status: "CERTIFIED", hours: [...[1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, opensAt: h(6), closesAt: h(18) })), { weekday: 0, opensAt: h(6), closesAt: h(11) }], categories: ["nuoc-mam-gia-vi"], certificate: { number: "DBHV-TB-2026-003", issuedOn: "2026-05-12" } },
    { business: "tap-hoa-thu-ha", name: "Tạp hóa Thu Hà", commune: COMMUNE.thangPhu, street: "Kiốt 12, chợ Bình Phú", lat: 15.6612, lng: 108.3485, share: 85, status: "CERTIFIED", hours: everyDay(h(5, 30), h(20, 30)), categories: ["nong-san-thuc-pham", "do-gia-dung", "do-uong"], certificate: { number: "DBHV-TB-2026-004", issuedOn: "2026-03-30" } },
    { business: "htx-nong-nghiep-binh-trung", name: "Quầy nông sản HTX Bình Trung", commune: COMMUNE.thangDien, street: "Trụ sở HTX, thôn Bình Trung", lat: 15.7021, lng: 108.4093, share: 100, status: "CERTIFIED", hours: [1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, opensAt: h(7), closesAt: h(17) })), categories: ["gao-ngu-coc", "rau-cu-qua"], certificate: { number: "DBHV-TB-2026-005", issuedOn: "2026-05-12" } },
    // open past midnight: closesAt < opensAt
    { business: "to-hop-tac-banh-trang-dong-duong", name: "Gian đặc sản chợ đêm Hà Lam", commune: COMMUNE.thangBinh, street: "Chợ đêm Hà Lam, đường Tiểu La", lat: 15.7349, lng: 108.3611, share: 100, status: "CERTIFIED", hours: everyDay(h(17), h(1)), categories: ["banh-keo", "nuoc-mam-gia-vi"], certificate: { number: "DBHV-TB-2026-006", issuedOn: "2026-06-08" } },
    { business: "cong-ty-co-phan-may-tre-quang-da", name: "Cửa hàng mây tre Quảng Đà", commune: COMMUNE.thangDien, street: "Thôn Bình Trung, xã Thăng Điền", lat: 15.6984, lng: 108.4221, share: 88, status: "APPLIED", hours: everyDay(h(7, 30), h(18)), categories: ["do-may-tre-dan", "thu-cong-my-nghe"] },
    { business: "tap-hoa-thu-ha", name: "Tạp hóa Thu Hà — chợ Thăng Trường", commune: COMMUNE.thangTruong, street: "Chợ Bình Sa", lat: 15.7183, lng: 108.4367, share: 82, status: "REJECTED", hours: everyDay(h(6), h(19)), categories: ["nong-san-thuc-pham", "do-gia-dung"], certificate: { number: "DBHV-TB-2025-017", issuedOn: "2025-12-15", revoked: { on: "2026-10-14T15:00:00", reason: "Kiểm tra đột xuất ngày 12/10/2026: tỷ lệ hàng Việt Nam trưng bày còn 62 %, thấp hơn mức tối thiểu 80 % của chương trình." } } },
  ];
  const salesPointIds: Record<string, string> = {};
  for (const sp of salesPoints) {
    const businessId = biz(sp.business);
    const existing = await tx.salesPoint.findFirst({ where: { businessId, name: sp.name } });
    const point =
      existing ??
      (await tx.salesPoint.create({
        data: {
          businessId,
          name: sp.name,
          provinceCode: PROVINCE,
          communeCode: sp.commune,
          streetAddress: sp.street,
          latitude: sp.lat,
          longitude: sp.lng,
          phone: phone(BUSINESSES.find((b) => b.slug === sp.business)!.phone),
          vietGoodsShare: sp.share,
          status: sp.status,
          hours: { create: sp.hours },
          categories: { create: sp.categories.map((slug) => ({ categoryId: categories[slug]! })) },
          applications: {
            create: [
              sp.status === "APPLIED"
                ? { status: "SUBMITTED" as const, createdAt: daysFromToday(-5) }
                : {
                    status: "CERTIFIED" as const,
                    decisionNote: "Đạt đủ 5 tiêu chí của chương trình.",
                    decidedAt: vn(`${sp.certificate!.issuedOn}T09:00:00`),
                    createdAt: new Date(vn(`${sp.certificate!.issuedOn}T09:00:00`).getTime() - 20 * DAY_MS),
                  },
            ],
          },
        },
      }));
    salesPointIds[sp.name] = point.id;
    if (sp.certificate) {
      const issuedOn = vn(`${sp.certificate.issuedOn}T00:00:00`);
      const revoked = sp.certificate.revoked;
      await ensureCertificate(tx, {
        kind: "SALES_POINT",
        number: sp.certificate.number,
        issuer: "Phòng Kinh tế xã Thăng Bình",
        issuedOn,
        expiresOn: addMonths(issuedOn, 24),
        businessId,
        salesPointId: point.id,
        ...(revoked
          ? { status: "REVOKED" as const, statusChangedAt: vn(revoked.on), statusReason: revoked.reason }
          : {}),
      });
    }
  }

  // the fair: booth types, a grid of booths and a few registrations
  const fair = await tx.fair.upsert({
    where: { slug: "hoi-cho-hang-viet-thang-binh-2026" },
    update: {},
    create: {
      slug: "hoi-cho-hang-viet-thang-binh-2026",
      name: "Hội chợ Hàng Việt Thăng Bình 2026",
      description:
        "Hội chợ giới thiệu sản phẩm OCOP, nông sản và hàng thủ công của các xã Thăng An, Thăng Bình, Thăng Phú, Thăng Trường, Thăng Điền và Đồng Dương. Có gian miễn phí cho hộ nghèo, cận nghèo.",
      venue: "Sân vận động Thăng Bình, thôn Hà Lam",
      provinceCode: PROVINCE,
      communeCode: COMMUNE.thangBinh,
      startsAt: vn("2026-12-18T08:00:00"),
      endsAt: vn("2026-12-22T21:00:00"),
      registrationOpensAt: vn("2026-11-01T07:00:00"),
      registrationClosesAt: vn("2026-12-10T23:59:00"),
      status: "PUBLISHED",
      planWidth: 40,
      planDepth: 20,
    },
  });
  const boothTypeSeeds = [
    { key: "standard", name: "Gian tiêu chuẩn 3×3 m", widthM: 3, depthM: 3, feeVnd: 1_500_000 },
    { key: "corner", name: "Gian góc 3×3 m", widthM: 3, depthM: 3, feeVnd: 1_800_000 },
    { key: "double", name: "Gian đôi 6×3 m", widthM: 6, depthM: 3, feeVnd: 2_800_000 },
  ];
  const boothTypes: Record<string, { id: string; widthM: number; feeVnd: number }> = {};
  for (const { key, ...type } of boothTypeSeeds) {
    const found =
      (await tx.boothType.findFirst({ where: { fairId: fair.id, name: type.name } })) ??
      (await tx.boothType.create({ data: { ...type, fairId: fair.id } }));
    boothTypes[key] = found;
  }
  // row A along the front: 12 booths, corners at both ends; row B behind the aisle
  const boothLayout: Array<{ code: string; type: string; x: number; y: number }> = [];
  for (let i = 0; i < 12; i++) {
    boothLayout.push({
      code: `A${String(i + 1).padStart(2, "0")}`,
      type: i === 0 || i === 11 ? "corner" : "standard",
      x: 2 + i * 3,
      y: 2,
    });
  }
  let x = 2;
  for (let i = 0; i < 8; i++) {
    const type = i < 2 ? "double" : "standard";
    boothLayout.push({ code: `B${String(i + 1).padStart(2, "0")}`, type, x, y: 12 });
    x += boothTypes[type]!.widthM;
  }
  const booths: Record<string, string> = {};
  for (const booth of boothLayout) {
    const row = await tx.booth.upsert({
      where: { fairId_code: { fairId: fair.id, code: booth.code } },
      update: {},
      create: { fairId: fair.id, boothTypeId: boothTypes[booth.type]!.id, code: booth.code, x: booth.x, y: booth.y },
    });
    booths[booth.code] = row.id;
  }
  const registrations: Array<{
    business: string;
    type: string;
    booth?: string;
    status: "PENDING" | "APPROVED" | "WAITLISTED";
    waiver?: boolean;
    note?: string;
    payment?: { reference: string; method: "VIETQR" | "CASH"; status: "PAID" | "PENDING" };
  }> = [
    { business: "cong-ty-tnhh-thuc-pham-ha-lam", type: "corner", booth: "A01", status: "APPROVED", payment: { reference: "HVF26A01", method: "VIETQR", status: "PAID" } },
    { business: "co-so-nuoc-mam-binh-minh", type: "standard", booth: "A02", status: "APPROVED", payment: { reference: "HVF26A02", method: "VIETQR", status: "PENDING" } },
    { business: "co-so-ruou-nep-binh-trieu", type: "standard", booth: "A03", status: "PENDING", waiver: true, note: "Hộ cận nghèo, đề nghị miễn phí gian hàng." },
    { business: "to-hop-tac-chieu-coi-binh-tri", type: "standard", booth: "B03", status: "PENDING" },
    { business: "htx-nong-nghiep-binh-trung", type: "double", status: "WAITLISTED", note: "Cần gian đôi để trưng bày gạo và nông sản tươi." },
  ];
  for (const r of registrations) {
    const businessId = biz(r.business);
    const type = boothTypes[r.type]!;
    const registration =
      (await tx.fairRegistration.findFirst({ where: { fairId: fair.id, businessId } })) ??
      (await tx.fairRegistration.create({
      data: {
        fairId: fair.id,
        businessId,
        boothTypeId: type.id,
        boothId: r.booth ? booths[r.booth]! : null,
        status: r.status,
        feeVnd: type.feeVnd,
        waiverRequested: r.waiver ?? false,
        note: r.note ?? null,
        createdAt: daysFromToday(-15),
      },
    }));
    if (r.payment) {
      await tx.payment.upsert({
        where: { reference: r.payment.reference },
        update: {},
        create: {
          businessId,
          registrationId: registration.id,
          amountVnd: type.feeVnd,
          method: r.payment.method,
          status: r.payment.status,
          reference: r.payment.reference,
          confirmedById: r.payment.status === "PAID" ? officerId : null,
          paidAt: r.payment.status === "PAID" ? daysFromToday(-10) : null,
        },
      });
    }
  }

  // the rural sales trip
  const trip = await tx.trip.upsert({
    where: { slug: "dua-hang-viet-ve-nong-thon-thang-phu-thang-truong" },
    update: {},
    create: {
      slug: "dua-hang-viet-ve-nong-thon-thang-phu-thang-truong",
      name: "Đưa hàng Việt về nông thôn — Thăng Phú, Thăng Trường",
      description:
        "Phiên chợ hàng Việt lưu động phục vụ bà con vùng gò đồi Thăng Phú và vùng cát ven biển Thăng Trường; hàng bình ổn giá, có khuyến mãi.",
      startsOn: vn("2026-12-05T00:00:00"),
      endsOn: vn("2026-12-06T00:00:00"),
      status: "PUBLISHED",
      feeVnd: 300_000,
      capacity: 25,
      stops: {
        create: [
          { position: 1, communeCode: COMMUNE.thangPhu, venue: "Nhà văn hóa thôn Bình Quế", startsAt: vn("2026-12-05T07:00:00"), endsAt: vn("2026-12-05T11:00:00") },
          { position: 2, communeCode: COMMUNE.thangPhu, venue: "Chợ Bình Phú", startsAt: vn("2026-12-05T14:00:00"), endsAt: vn("2026-12-05T18:00:00") },
          { position: 3, communeCode: COMMUNE.thangTruong, venue: "Sân UBND xã Thăng Trường", startsAt: vn("2026-12-06T07:00:00"), endsAt: vn("2026-12-06T12:00:00") },
        ],
      },
    },
  });
  for (const [slug, status] of [
    ["htx-dich-vu-nong-nghiep-binh-sa", "APPROVED"],
    ["tap-hoa-thu-ha", "PENDING"],
  ] as const) {
    const businessId = biz(slug);
    const existing = await tx.tripParticipant.findFirst({ where: { tripId: trip.id, businessId }, select: { id: true } });
    if (!existing) await tx.tripParticipant.create({ data: { tripId: trip.id, businessId, status, feeVnd: trip.feeVnd } });
  }

  // complaints, with their timelines (prisma/seed/demo-complaints.ts)
  await seedDemoComplaints(tx, { officerId, holidays, daysFromToday, biz, product, salesPointIds, phone, province: PROVINCE, communes: COMMUNE });

  // news
  const news = [
    {
      slug: "mo-dang-ky-hoi-cho-hang-viet-thang-binh-2026",
      title: "Mở đăng ký Hội chợ Hàng Việt Thăng Bình 2026",
      summary: "Hội chợ diễn ra từ 18 đến 22/12/2026 tại sân vận động Thăng Bình; hộ nghèo, cận nghèo được miễn phí gian hàng.",
      body: "Phòng Kinh tế xã Thăng Bình thông báo mở đăng ký gian hàng Hội chợ Hàng Việt Thăng Bình 2026 đến hết ngày 10/12/2026.\n\nDoanh nghiệp, hợp tác xã, tổ hợp tác và hộ kinh doanh đăng ký trực tuyến tại mục Hội chợ. Phí gian tiêu chuẩn 1.500.000 ₫; hộ nghèo, cận nghèo được miễn phí sau khi Ủy ban MTTQ xã xác nhận.",
      publishedAt: vn("2026-11-01T08:00:00"),
    },
    {
      slug: "them-6-diem-ban-hang-viet-nam-dat-chuan",
      title: "Thăng Bình có thêm 6 điểm bán hàng Việt Nam đạt chuẩn",
      summary: "Các cửa hàng đạt tỷ lệ hàng Việt từ 85 % trở lên được cấp giấy chứng nhận Điểm bán hàng Việt Nam.",
      body: "Sau đợt thẩm định tháng 3–6/2026, Phòng Kinh tế đã cấp giấy chứng nhận cho 6 điểm bán tại các xã Thăng Bình, Thăng An, Thăng Phú và Thăng Điền.\n\nNgười tiêu dùng có thể quét mã QR trên giấy chứng nhận để kiểm tra hiệu lực.",
      publishedAt: vn("2026-06-15T08:00:00"),
    },
    {
      slug: "huong-dan-tra-cuu-giay-chung-nhan-bang-ma-qr",
      title: "Hướng dẫn tra cứu giấy chứng nhận OCOP, Hàng Việt Nam chất lượng cao bằng mã QR",
      summary: "Quét mã QR hoặc nhập mã xác thực 20 ký tự để biết giấy chứng nhận còn hiệu lực hay không.",
      body: "Mỗi giấy chứng nhận trên Hàng Việt có một mã xác thực riêng. Quét mã QR bằng camera điện thoại, hoặc vào mục Tra cứu và nhập mã.\n\nKết quả cho biết giấy còn hiệu lực, sắp hết hạn, đã hết hạn hay đã bị thu hồi.",
      publishedAt: vn("2026-05-05T08:00:00"),
    },
  ];
  for (const item of news) {
    await tx.news.upsert({ where: { slug: item.slug }, update: {}, create: { ...item, authorId: officerId } });
  }
}
