// The queries of `npm run eval:search`, by class of difficulty, each with what a shopper who
// typed it would accept (judged on the products' kind, place and stars, not on any engine).
import { PLACES, PRODUCTS, type EvalProduct, type PlaceKey } from "./products";

export const CLASSES = [
  "exact",
  "no-accents",
  "telex-vni",
  "typo-1",
  "typo-2",
  "extra-word",
  "prefix",
  "noise",
  "old-place",
  "ocop",
  "regional",
  "accent",
  "junk",
] as const;
export type QueryClass = (typeof CLASSES)[number];

interface Judgement {
  /** product keys ("nuoc-mam-1") */
  keys?: string[];
  /** every product of these kinds… */
  kind?: string | string[];
  /** …made in these places (keys of PLACES) */
  place?: PlaceKey | PlaceKey[];
  /** …in this old (pre-2025) province */
  oldProvince?: string;
  /** …with at least this many OCOP stars */
  minStars?: number;
}

export interface EvalQuery {
  q: string;
  cls: QueryClass;
  /** relevant product keys; empty for junk */
  relevant: string[];
}

const list = <T>(value: T | T[] | undefined): T[] | undefined => (value === undefined ? undefined : Array.isArray(value) ? value : [value]);

function judge(j: Judgement): string[] {
  const kinds = list(j.kind);
  const places = list(j.place);
  const out = PRODUCTS.filter(
    (p: EvalProduct) =>
      (!j.keys || j.keys.includes(p.key)) &&
      (!kinds || kinds.includes(p.kind)) &&
      (!places || places.includes(p.place)) &&
      (!j.oldProvince || PLACES[p.place][1] === j.oldProvince) &&
      (!j.minStars || (p.stars ?? 0) >= j.minStars),
  ).map((p) => p.key);
  if (!out.length) throw new Error(`no relevant product for ${JSON.stringify(j)}`);
  return out;
}

const q = (cls: QueryClass, text: string, j: Judgement | null): EvalQuery => ({ q: text, cls, relevant: j ? judge(j) : [] });

export const QUERIES: EvalQuery[] = [
  // exact, as written on the label
  q("exact", "nước mắm Phú Quốc", { keys: ["nuoc-mam-3"] }),
  q("exact", "bánh tráng phơi sương", { keys: ["banh-trang-1"] }),
  q("exact", "vải thiều", { kind: "vai", keys: ["vai-1", "vai-2"] }),
  q("exact", "cà phê", { kind: "ca-phe" }),
  q("exact", "mật ong rừng", { keys: ["mat-ong-1"] }),
  q("exact", "gạo ST25", { keys: ["gao-1"] }),
  q("exact", "chiếu cói", { kind: "chieu", keys: ["chieu-1", "chieu-2"] }),
  q("exact", "kẹo dừa", { kind: "keo-dua" }),
  q("exact", "sâm Ngọc Linh", { keys: ["sam-1", "sam-2"] }),
  q("exact", "hạt điều rang muối", { keys: ["hat-dieu-1"] }),
  q("exact", "trà Shan tuyết", { keys: ["tra-2"] }),
  // without diacritics
  q("no-accents", "nuoc mam phu quoc", { keys: ["nuoc-mam-3"] }),
  q("no-accents", "banh trang tron", { keys: ["banh-trang-6"] }),
  q("no-accents", "nem chua thanh hoa", { keys: ["nem-chua-1"] }),
  q("no-accents", "cha lua", { kind: "cha-lua", keys: ["cha-lua-1", "cha-lua-2"] }),
  q("no-accents", "tra atiso", { keys: ["tra-thao-moc-1"] }),
  q("no-accents", "ca phe robusta", { keys: ["ca-phe-1"] }),
  q("no-accents", "mat ong hoa nhan", { keys: ["mat-ong-2"] }),
  q("no-accents", "buoi da xanh", { keys: ["buoi-1"] }),
  q("no-accents", "lap xuong can duoc", { keys: ["lap-xuong-1"] }),
  q("no-accents", "tuong ban", { keys: ["tuong-ban-1"] }),
  // Telex and VNI leftovers
  q("telex-vni", "banhs chuwng", { kind: "banh-chung" }),
  q("telex-vni", "tuwowng ots", { kind: "tuong-ot" }),
  q("telex-vni", "tu7o7ng o71t", { kind: "tuong-ot" }),
  q("telex-vni", "nuwowcs mawms", { kind: "nuoc-mam" }),
  q("telex-vni", "maatj ong", { kind: "mat-ong" }),
  q("telex-vni", "ddaauj phoojng", { kind: "dau-phong", keys: ["dau-phong-1", "dau-phong-2", "dau-phong-4"] }),
  q("telex-vni", "ke5o du72a", { kind: "keo-dua" }),
  q("telex-vni", "bu7o73i da xanh", { keys: ["buoi-1"] }),
  q("telex-vni", "gaoj neeps", { kind: "nep" }),
  q("telex-vni", "chaf boong", { kind: "cha-bong", keys: ["cha-bong-1", "cha-bong-2"] }),
  q("telex-vni", "xoaif cats", { keys: ["xoai-1"] }),
  // one typo
  q("typo-1", "bahn trang", { kind: "banh-trang" }),
  q("typo-1", "nuco mam", { kind: "nuoc-mam" }),
  q("typo-1", "mat ongg", { kind: "mat-ong" }),
  q("typo-1", "lap xuogn", { kind: "lap-xuong" }),
  q("typo-1", "vai thieu luc ngna", { keys: ["vai-1"] }),
  q("typo-1", "nme chua", { kind: "nem-chua" }),
  q("typo-1", "chieu coi nga sonn", { keys: ["chieu-1"] }),
  q("typo-1", "kho ca duaa", { keys: ["kho-ca-1"] }),
  q("typo-1", "thanh lnog", { kind: "thanh-long" }),
  q("typo-1", "tra sne", { keys: ["tra-6"] }),
  // two typos
  q("typo-2", "bahn trnag", { kind: "banh-trang" }),
  q("typo-2", "nuco mma", { kind: "nuoc-mam" }),
  q("typo-2", "lap xuogn cna duoc", { keys: ["lap-xuong-1"] }),
  q("typo-2", "mat ogn rugn", { keys: ["mat-ong-1"] }),
  q("typo-2", "ca hpe robsuta", { keys: ["ca-phe-1"] }),
  q("typo-2", "hat dieuu rnag muoi", { keys: ["hat-dieu-1"] }),
  q("typo-2", "vai thieuu lcu ngan", { keys: ["vai-1"] }),
  q("typo-2", "bnah pia sau rieeng", { keys: ["banh-pia-1"] }),
  // one extra word the product does not have
  q("extra-word", "gạo thơm đặc sản Sóc Trăng loại 1", { kind: "gao", place: "myXuyen" }),
  q("extra-word", "mật ong rừng nguyên chất U Minh chính gốc", { keys: ["mat-ong-1"] }),
  q("extra-word", "nước mắm Phú Quốc nhà làm", { keys: ["nuoc-mam-3"] }),
  q("extra-word", "bánh tráng phơi sương Trảng Bàng ngon", { keys: ["banh-trang-1"] }),
  q("extra-word", "cơm cháy chà bông giòn rụm", { keys: ["com-chay-1"] }),
  q("extra-word", "lạp xưởng Cần Đước tươi ngon", { keys: ["lap-xuong-1"] }),
  q("extra-word", "vải thiều Lục Ngạn chín cây", { keys: ["vai-1"] }),
  q("extra-word", "trà Shan tuyết cổ thụ Hà Giang thượng hạng", { keys: ["tra-2"] }),
  q("extra-word", "cà phê Buôn Ma Thuột rang xay", { keys: ["ca-phe-1", "ca-phe-4"] }),
  q("extra-word", "xoài cát Hòa Lộc Tiền Giang loại ngon", { keys: ["xoai-1"] }),
  // last word still being typed
  q("prefix", "com ch", { keys: ["com-chay-1", "com-chay-2", "com-chay-3"] }),
  q("prefix", "nuoc m", { kind: "nuoc-mam" }),
  q("prefix", "banh tr", { kind: "banh-trang" }),
  q("prefix", "mat o", { kind: "mat-ong" }),
  q("prefix", "ca ph", { kind: "ca-phe" }),
  q("prefix", "lap x", { kind: "lap-xuong" }),
  q("prefix", "thanh l", { kind: "thanh-long" }),
  q("prefix", "sam ng", { keys: ["sam-1", "sam-2"] }),
  q("prefix", "chieu c", { kind: "chieu", keys: ["chieu-1", "chieu-2"] }),
  q("prefix", "hat d", { kind: ["hat-dieu", "hat-de"] }),
  // units, single letters and filler words
  q("noise", "mắm tôm hũ 500 g", { kind: "mam-tom" }),
  q("noise", "sản phẩm trà Shan tuyết", { keys: ["tra-2"] }),
  q("noise", "nước mắm chai 500 ml", { kind: "nuoc-mam" }),
  q("noise", "tiêu đen 200 g", { keys: ["tieu-1"] }),
  q("noise", "sản phẩm nông sản hạt điều", { kind: "hat-dieu" }),
  q("noise", "gạo 5 kg o Sóc Trăng", { kind: "gao", place: "myXuyen" }),
  q("noise", "đặc sản nem chua", { kind: "nem-chua" }),
  q("noise", "mua kẹo dừa ngon", { kind: "keo-dua" }),
  q("noise", "sp mật ong 1 lít", { kind: "mat-ong" }),
  q("noise", "bánh pía 4 cái", { kind: "banh-pia" }),
  // pre-2025 place names
  q("old-place", "nước mắm Phan Thiết Bình Thuận", { kind: "nuoc-mam", place: "phanThiet" }),
  q("old-place", "nước mắm Bình Thuận", { kind: "nuoc-mam", place: ["phanThiet", "tuyPhong"] }),
  q("old-place", "mì Quảng Nam", { kind: "my-quang", keys: ["my-quang-1", "my-quang-2"] }),
  q("old-place", "vải thiều Bắc Giang", { kind: "vai", place: "lucNgan" }),
  q("old-place", "bưởi Tiền Giang", { kind: "buoi", place: "caiBe" }),
  q("old-place", "lạp xưởng Long An", { kind: "lap-xuong", place: "canDuoc" }),
  q("old-place", "khóm Hậu Giang", { keys: ["dua-thom-1"] }),
  q("old-place", "mật ong Hà Giang", { keys: ["mat-ong-3"] }),
  q("old-place", "sâm Kon Tum", { keys: ["sam-1"] }),
  q("old-place", "gạo Sóc Trăng", { kind: "gao", place: "myXuyen" }),
  q("old-place", "bánh tráng Quảng Nam", { kind: "banh-trang", oldProvince: "Quảng Nam" }),
  q("old-place", "rượu Bình Định", { kind: "ruou", place: "anNhon" }),
  // OCOP stars in the text
  q("ocop", "mật ong ocop 4 sao", { kind: "mat-ong", minStars: 4 }),
  q("ocop", "nước mắm ocop 5 sao", { kind: "nuoc-mam", minStars: 5 }),
  q("ocop", "nước mắm ocop 4*", { kind: "nuoc-mam", minStars: 4 }),
  q("ocop", "gạo 5 sao", { kind: "gao", minStars: 5 }),
  q("ocop", "trà ocop 5 sao", { kind: "tra", minStars: 5 }),
  q("ocop", "cà phê ocop 4 sao", { kind: "ca-phe", minStars: 4 }),
  q("ocop", "yến sào 5 sao", { kind: "yen", minStars: 5 }),
  q("ocop", "bưởi ocop 4 sao", { kind: "buoi", minStars: 4 }),
  q("ocop", "khô cá ocop", { kind: "kho-ca", minStars: 3 }),
  q("ocop", "chả mực ocop 5*", { keys: ["muc-3"] }),
  // regional words (North / Central / South)
  q("regional", "lạc rang muối", { keys: ["dau-phong-1"] }),
  q("regional", "kẹo đậu phộng", { keys: ["keo-lac-1"] }),
  q("regional", "ngô nếp", { keys: ["bap-1", "bap-2"] }),
  q("regional", "bắp nếp", { keys: ["bap-1", "bap-2"] }),
  q("regional", "vừng đen", { keys: ["me-1", "me-3"] }),
  q("regional", "thịt heo gác bếp", { keys: ["thit-gac-bep-2"] }),
  q("regional", "thịt lợn đen", { keys: ["heo-1"] }),
  q("regional", "thơm Tân Phước", { keys: ["dua-thom-4"] }),
  q("regional", "khóm", { kind: "dua-thom" }),
  q("regional", "ruốc heo", { keys: ["cha-bong-1", "cha-bong-3"] }),
  q("regional", "chà bông", { kind: "cha-bong", keys: ["cha-bong-1", "cha-bong-2", "cha-bong-3"] }),
  q("regional", "lạp sườn", { kind: "lap-xuong" }),
  q("regional", "giò lụa", { kind: "cha-lua" }),
  q("regional", "chanh leo", { kind: "chanh-day" }),
  q("regional", "súp lơ xanh", { keys: ["rau-1"] }),
  q("regional", "trái vải", { kind: "vai" }),
  q("regional", "muỗng gỗ dừa", { keys: ["may-tre-3"] }),
  q("regional", "chén gốm", { keys: ["gom-3"] }),
  // accent collisions after folding
  q("accent", "dứa", { kind: "dua-thom" }),
  q("accent", "dừa", { kind: "dua" }),
  q("accent", "mứt dứa", { keys: ["dua-thom-3"] }),
  q("accent", "kẹo dừa", { kind: "keo-dua" }),
  q("accent", "nước dừa", { keys: ["dua-1", "dua-3"] }),
  q("accent", "dưa hấu", { keys: ["dua-hau-1"] }),
  q("accent", "dưa lưới", { keys: ["dua-hau-2"] }),
  q("accent", "mè đen", { keys: ["me-1", "me-3"] }),
  q("accent", "bò khô", { kind: "bo-kho", keys: ["bo-kho-1", "bo-kho-2", "thit-gac-bep-3"] }),
  q("accent", "bơ sáp", { keys: ["bo-1"] }),
  // nothing in a local-produce catalogue answers these
  q("junk", "iphone 15 pro max", null),
  q("junk", "xe máy honda", null),
  q("junk", "máy giặt", null),
  q("junk", "laptop dell", null),
  q("junk", "thuê nhà", null),
  q("junk", "vé máy bay", null),
  q("junk", "điện thoại samsung", null),
  q("junk", "tủ lạnh", null),
  q("junk", "qwerty asdf", null),
  q("junk", "g", null),
  q("junk", "sản phẩm", null),
  q("junk", "giày thể thao nike", null),
];
