// The relevance set of `npm run eval:search`: local products of many provinces and categories,
// written as a shopper would meet them. Each product has a kind (what it is) and a place (an
// old district and province, before the 2025 merger), so queries can be judged by what a
// shopper means: "nước mắm Phan Thiết" wants fish sauce made in old Phan Thiết.

/** place key → [old district, old province] as the 2025 mapping names them (folded match) */
export const PLACES = {
  phanThiet: ["Phan Thiết", "Bình Thuận"],
  tuyPhong: ["Tuy Phong", "Bình Thuận"],
  phuQuoc: ["Phú Quốc", "Kiên Giang"],
  thangBinh: ["Thăng Bình", "Quảng Nam"],
  hoiAn: ["Hội An", "Quảng Nam"],
  daiLoc: ["Đại Lộc", "Quảng Nam"],
  duyXuyen: ["Duy Xuyên", "Quảng Nam"],
  tamKy: ["Tam Kỳ", "Quảng Nam"],
  caiBe: ["Cái Bè", "Tiền Giang"],
  choGao: ["Chợ Gạo", "Tiền Giang"],
  canDuoc: ["Cần Đước", "Long An"],
  benLuc: ["Bến Lức", "Long An"],
  moCayNam: ["Mỏ Cày Nam", "Bến Tre"],
  myXuyen: ["Mỹ Xuyên", "Sóc Trăng"],
  vinhChau: ["Vĩnh Châu", "Sóc Trăng"],
  socTrang: ["Sóc Trăng", "Sóc Trăng"],
  uMinh: ["U Minh", "Cà Mau"],
  namCan: ["Năm Căn", "Cà Mau"],
  lucNgan: ["Lục Ngạn", "Bắc Giang"],
  mocChau: ["Mộc Châu", "Sơn La"],
  daiTu: ["Đại Từ", "Thái Nguyên"],
  dongVan: ["Đồng Văn", "Hà Giang"],
  saPa: ["Sa Pa", "Lào Cai"],
  bacHa: ["Bắc Hà", "Lào Cai"],
  buonMaThuot: ["Buôn Ma Thuột", "Đắk Lắk"],
  baoLoc: ["Bảo Lộc", "Lâm Đồng"],
  daLat: ["Đà Lạt", "Lâm Đồng"],
  hungYen: ["Hưng Yên", "Hưng Yên"],
  thanhHa: ["Thanh Hà", "Hải Dương"],
  nhaTrang: ["Nha Trang", "Khánh Hòa"],
  ninhHoa: ["Ninh Hòa", "Khánh Hòa"],
  binhSon: ["Bình Sơn", "Quảng Ngãi"],
  baVi: ["Ba Vì", "Hà Nội"],
  thanhTri: ["Thanh Trì", "Hà Nội"],
  haDong: ["Hà Đông", "Hà Nội"],
  giaLam: ["Gia Lâm", "Hà Nội"],
  namDan: ["Nam Đàn", "Nghệ An"],
  vinh: ["Vinh", "Nghệ An"],
  hue: ["Thuận Hóa", "Huế"],
  laiVung: ["Lai Vung", "Đồng Tháp"],
  caoLanh: ["Cao Lãnh", "Đồng Tháp"],
  tinhBien: ["Tịnh Biên", "An Giang"],
  tanChau: ["Tân Châu", "An Giang"],
  tuMoRong: ["Tu Mơ Rông", "Kon Tum"],
  anNhon: ["An Nhơn", "Bình Định"],
  catHai: ["Cát Hải", "Hải Phòng"],
  haLong: ["Hạ Long", "Quảng Ninh"],
  vanDon: ["Vân Đồn", "Quảng Ninh"],
  trungKhanh: ["Trùng Khánh", "Cao Bằng"],
  haiHau: ["Hải Hậu", "Nam Định"],
  kimSon: ["Kim Sơn", "Ninh Bình"],
  ngaSon: ["Nga Sơn", "Thanh Hóa"],
  trangBang: ["Trảng Bàng", "Tây Ninh"],
  phanRang: ["Phan Rang-Tháp Chàm", "Ninh Thuận"],
  chuSe: ["Chư Sê", "Gia Lai"],
  dienBien: ["Điện Biên Phủ", "Điện Biên"],
  tuyHoa: ["Tuy Hòa", "Phú Yên"],
  huongSon: ["Hương Sơn", "Hà Tĩnh"],
  huongHoa: ["Hướng Hóa", "Quảng Trị"],
  thaiBinh: ["Thái Bình", "Thái Bình"],
  cauKe: ["Cầu Kè", "Trà Vinh"],
  viThanh: ["Vị Thanh", "Hậu Giang"],
  thuDauMot: ["Thủ Dầu Một", "Bình Dương"],
  dongXoai: ["Đồng Xoài", "Bình Phước"],
  longKhanh: ["Long Khánh", "Đồng Nai"],
  vanChan: ["Văn Chấn", "Yên Bái"],
  hamYen: ["Hàm Yên", "Tuyên Quang"],
  caoLoc: ["Cao Lộc", "Lạng Sơn"],
  hoaBinh: ["Hòa Bình", "Hòa Bình"],
  tamDuong: ["Tam Đường", "Lai Châu"],
  phongDien: ["Phong Điền", "Cần Thơ"],
  bacLieu: ["Bạc Liêu", "Bạc Liêu"],
  dongHoi: ["Đồng Hới", "Quảng Bình"],
  hoaVang: ["Hòa Vang", "Đà Nẵng"],
  sonTra: ["Sơn Trà", "Đà Nẵng"],
  pleiku: ["Pleiku", "Gia Lai"],
  thoXuan: ["Thọ Xuân", "Thanh Hóa"],
  baRia: ["Bà Rịa", "Bà Rịa - Vũng Tàu"],
} as const satisfies Record<string, readonly [string, string]>;

export type PlaceKey = keyof typeof PLACES;

export const CATEGORIES = {
  "nuoc-mam-gia-vi": "Nước mắm, gia vị",
  "banh-keo": "Bánh kẹo",
  "gao-ngu-coc": "Gạo, ngũ cốc, đậu hạt",
  "tra-ca-phe": "Trà, cà phê",
  "trai-cay": "Trái cây",
  "thit-che-bien": "Thịt, giò chả chế biến",
  "thuy-san": "Thủy sản, hải sản khô",
  "rau-cu": "Rau củ",
  "mat-ong-duoc-lieu": "Mật ong, dược liệu",
  "ruou-do-uong": "Rượu, đồ uống",
  "thu-cong": "Thủ công mỹ nghệ",
  "mon-an-kho": "Món ăn khô, đặc sản chế biến",
} as const;

export type CategorySlug = keyof typeof CATEGORIES;

export interface Kind {
  /** what the product is, for judging ("nuoc-mam") */
  kind: string;
  category: CategorySlug;
  /** product names made in each place; "{place}" is not used: names are written out */
  items: { name: string; place: PlaceKey; stars?: 3 | 4 | 5; unit?: string }[];
  description: string;
}

const k = (kind: string, category: CategorySlug, description: string, items: Kind["items"]): Kind => ({ kind, category, description, items });

export const KINDS: Kind[] = [
  k("nuoc-mam", "nuoc-mam-gia-vi", "Nước mắm truyền thống ủ chượp từ cá cơm và muối biển trong thùng gỗ, độ đạm cao.", [
    { name: "Nước mắm cá cơm Hòn Rơm", place: "phanThiet", stars: 4, unit: "chai 500 ml" },
    { name: "Nước mắm nhĩ Mũi Né 40 độ đạm", place: "phanThiet", stars: 3, unit: "chai 500 ml" },
    { name: "Nước mắm Phú Quốc cá cơm than", place: "phuQuoc", stars: 5, unit: "chai 500 ml" },
    { name: "Nước mắm Cửa Khe", place: "thangBinh", unit: "chai 1 lít" },
    { name: "Nước mắm Cát Hải", place: "catHai", stars: 4, unit: "chai 500 ml" },
    { name: "Nước mắm Liên Hương", place: "tuyPhong", unit: "can 2 lít" },
    { name: "Nước mắm Nam Ô", place: "hoaVang", stars: 3, unit: "chai 500 ml" },
  ]),
  k("mam-tom", "nuoc-mam-gia-vi", "Mắm tôm tép moi xay nhuyễn, phơi nắng, dùng chấm bún đậu và lòng.", [
    { name: "Mắm tôm Hậu Lộc", place: "thoXuan", unit: "hũ 500 g" },
    { name: "Mắm tôm chua Huế", place: "hue", stars: 3, unit: "hũ 400 g" },
    { name: "Mắm tôm Thanh Hóa loại đặc", place: "ngaSon", unit: "hũ 300 g" },
  ]),
  k("mam-ruoc", "nuoc-mam-gia-vi", "Mắm ruốc từ con ruốc biển, muối và phơi, thơm đậm.", [
    { name: "Mắm ruốc Huế", place: "hue", unit: "hũ 500 g" },
    { name: "Mắm ruốc Sơn Trà", place: "sonTra", unit: "hũ 300 g" },
  ]),
  k("mam-nem", "nuoc-mam-gia-vi", "Mắm nêm cá cơm pha sẵn, chấm bánh tráng cuốn thịt heo.", [
    { name: "Mắm nêm Đà Nẵng", place: "hoaVang", unit: "chai 300 ml" },
    { name: "Mắm nêm Bình Thuận pha sẵn", place: "tuyPhong", unit: "chai 250 ml" },
  ]),
  k("mam-ca-linh", "nuoc-mam-gia-vi", "Mắm cá linh mùa nước nổi ủ thính, miền Tây.", [
    { name: "Mắm cá linh Châu Đốc", place: "tinhBien", stars: 3, unit: "hũ 500 g" },
    { name: "Mắm cá sặc Tân Châu", place: "tanChau", unit: "hũ 500 g" },
  ]),
  k("tuong-ot", "nuoc-mam-gia-vi", "Tương ớt xay từ ớt tươi, tỏi, đường, không chất bảo quản.", [
    { name: "Tương ớt Mường Khương", place: "bacHa", stars: 4, unit: "chai 250 ml" },
    { name: "Tương ớt Phan Rang", place: "phanRang", unit: "chai 500 ml" },
    { name: "Tương ớt tỏi Lý Sơn", place: "binhSon", unit: "chai 250 ml" },
  ]),
  k("tuong-ban", "nuoc-mam-gia-vi", "Tương bần làm từ đậu tương và xôi nếp ủ mốc, chấm rau muống.", [
    { name: "Tương Bần Hưng Yên", place: "hungYen", stars: 3, unit: "chai 500 ml" },
    { name: "Tương Nam Đàn", place: "namDan", stars: 3, unit: "chai 500 ml" },
  ]),
  k("toi", "rau-cu", "Tỏi cô đơn một nhánh trồng trên đất cát núi lửa, thơm cay.", [
    { name: "Tỏi Lý Sơn cô đơn", place: "binhSon", stars: 4, unit: "túi 500 g" },
    { name: "Tỏi Phan Rang", place: "phanRang", unit: "kg" },
  ]),
  k("hanh-tim", "rau-cu", "Hành tím củ chắc, thơm, phơi khô để lâu.", [
    { name: "Hành tím Vĩnh Châu", place: "vinhChau", stars: 3, unit: "kg" },
    { name: "Hành tím Lý Sơn", place: "binhSon", unit: "kg" },
  ]),
  k("tieu", "nuoc-mam-gia-vi", "Hồ tiêu hạt chắc, phơi nắng, cay thơm.", [
    { name: "Tiêu đen Phú Quốc", place: "phuQuoc", stars: 4, unit: "hũ 200 g" },
    { name: "Hồ tiêu Chư Sê", place: "chuSe", stars: 3, unit: "túi 500 g" },
    { name: "Tiêu sọ Lộc Ninh", place: "dongXoai", unit: "hũ 100 g" },
  ]),
  k("muoi-ot", "nuoc-mam-gia-vi", "Muối chấm trộn ớt, lá é, tôm khô.", [
    { name: "Muối tôm Tây Ninh", place: "trangBang", stars: 3, unit: "hũ 200 g" },
    { name: "Muối lá é Tây Bắc", place: "mocChau", unit: "hũ 100 g" },
    { name: "Muối ớt xanh Nha Trang", place: "nhaTrang", unit: "chai 250 ml" },
  ]),
  k("que-hoi", "nuoc-mam-gia-vi", "Gia vị khô phơi sấy, tinh dầu cao.", [
    { name: "Quế Trà My", place: "tamKy", stars: 4, unit: "bó 500 g" },
    { name: "Hoa hồi Lạng Sơn", place: "caoLoc", stars: 3, unit: "túi 200 g" },
    { name: "Quế Văn Yên", place: "vanChan", unit: "bó 1 kg" },
  ]),
  k("banh-trang", "banh-keo", "Bánh tráng gạo tráng tay, phơi nắng, dùng cuốn hoặc nướng.", [
    { name: "Bánh tráng phơi sương Trảng Bàng", place: "trangBang", stars: 4, unit: "xấp 20 cái" },
    { name: "Bánh tráng nướng mè đen Đại Lộc", place: "daiLoc", unit: "xấp 10 cái" },
    { name: "Bánh tráng Túy Loan", place: "hoaVang", stars: 3, unit: "xấp 10 cái" },
    { name: "Bánh tráng cuốn Đồng Dương", place: "thangBinh", unit: "xấp 20 cái" },
    { name: "Bánh tráng dừa Tam Quan", place: "anNhon", unit: "xấp 10 cái" },
    { name: "Bánh tráng trộn Tây Ninh", place: "trangBang", unit: "gói 100 g" },
  ]),
  k("banh-chung", "banh-keo", "Bánh chưng gói lá dong, nhân đậu xanh thịt lợn, luộc củi mười tiếng.", [
    { name: "Bánh chưng Tranh Khúc", place: "thanhTri", stars: 3, unit: "chiếc 1 kg" },
    { name: "Bánh chưng gấc", place: "baVi", unit: "chiếc 800 g" },
    { name: "Bánh chưng đen Bắc Hà", place: "bacHa", unit: "chiếc 1 kg" },
  ]),
  k("banh-tet", "banh-keo", "Bánh tét lá chuối, nếp dẻo, nhân đậu xanh mỡ heo.", [
    { name: "Bánh tét lá cẩm Cần Thơ", place: "phongDien", stars: 3, unit: "đòn 1 kg" },
    { name: "Bánh tét chuối Mỏ Cày", place: "moCayNam", unit: "đòn 800 g" },
  ]),
  k("banh-pia", "banh-keo", "Bánh pía nhân sầu riêng đậu xanh trứng muối, vỏ ngàn lớp.", [
    { name: "Bánh pía sầu riêng Vũng Thơm", place: "myXuyen", stars: 4, unit: "hộp 4 cái" },
    { name: "Bánh pía Sóc Trăng trứng muối", place: "socTrang", unit: "hộp 400 g" },
  ]),
  k("banh-cay", "banh-keo", "Bánh cáy làm từ gạo nếp, mạch nha, gấc, vừng và gừng.", [
    { name: "Bánh cáy làng Nguyễn", place: "thaiBinh", stars: 4, unit: "hộp 300 g" },
  ]),
  k("banh-dau-xanh", "banh-keo", "Bánh đậu xanh mịn, ngọt thanh, đóng hộp giấy thiếc.", [
    { name: "Bánh đậu xanh Hải Dương", place: "thanhHa", stars: 4, unit: "hộp 250 g" },
    { name: "Bánh đậu xanh Rồng Vàng", place: "thanhHa", unit: "hộp 400 g" },
  ]),
  k("banh-it", "banh-keo", "Bánh ít lá gai nhân đậu xanh dừa, gói lá chuối.", [
    { name: "Bánh ít lá gai Tam Quan", place: "anNhon", unit: "chục 10 cái" },
    { name: "Bánh gai Tứ Trụ", place: "thoXuan", stars: 3, unit: "chục 10 cái" },
  ]),
  k("banh-phu-the", "banh-keo", "Bánh phu thê bột năng dẻo trong, nhân đậu xanh, gói lá dừa.", [
    { name: "Bánh phu thê Đình Bảng", place: "giaLam", unit: "hộp 10 cái" },
    { name: "Bánh xu xê Huế", place: "hue", unit: "hộp 10 cái" },
  ]),
  k("banh-com", "banh-keo", "Bánh cốm làm từ cốm non, nhân đậu xanh dừa.", [
    { name: "Bánh cốm Hàng Than", place: "haDong", stars: 3, unit: "hộp 6 cái" },
  ]),
  k("keo-dua", "banh-keo", "Kẹo dừa nấu từ nước cốt dừa và mạch nha, dẻo thơm.", [
    { name: "Kẹo dừa Bến Tre", place: "moCayNam", stars: 4, unit: "gói 400 g" },
    { name: "Kẹo dừa sầu riêng", place: "moCayNam", unit: "gói 250 g" },
    { name: "Kẹo dừa lá dứa", place: "moCayNam", unit: "gói 250 g" },
  ]),
  k("keo-lac", "banh-keo", "Kẹo lạc giòn rụm, mạch nha và gừng.", [
    { name: "Kẹo lạc Nam Đàn", place: "namDan", stars: 3, unit: "gói 300 g" },
    { name: "Kẹo cu đơ Hà Tĩnh", place: "huongSon", stars: 4, unit: "gói 250 g" },
    { name: "Kẹo gương Thăng Bình", place: "thangBinh", unit: "gói 200 g" },
  ]),
  k("me-xung", "banh-keo", "Mè xửng dẻo, mạch nha, đậu phộng, mè rang.", [
    { name: "Mè xửng Huế", place: "hue", stars: 3, unit: "hộp 250 g" },
    { name: "Mè xửng Thiên Hương", place: "hue", unit: "hộp 500 g" },
  ]),
  k("com-chay", "mon-an-kho", "Cơm cháy giòn làm từ gạo nếp, chiên giòn, rắc chà bông mỡ hành.", [
    { name: "Cơm cháy chà bông Ninh Bình", place: "kimSon", stars: 4, unit: "hộp 200 g" },
    { name: "Cơm cháy mắm hành", place: "kimSon", unit: "gói 150 g" },
    { name: "Cơm cháy chấy tỏi", place: "hoaVang", unit: "hộp 250 g" },
  ]),
  k("com-lam", "mon-an-kho", "Cơm lam nướng ống tre, nếp nương dẻo thơm.", [
    { name: "Cơm lam Tây Bắc", place: "mocChau", unit: "ống 500 g" },
  ]),
  k("nem-chua", "thit-che-bien", "Nem chua thịt heo lên men lá ổi, bì heo, tỏi ớt.", [
    { name: "Nem chua Thanh Hóa", place: "thoXuan", stars: 4, unit: "chục 10 cái" },
    { name: "Nem Lai Vung", place: "laiVung", stars: 3, unit: "chục 10 cái" },
    { name: "Nem chợ Huyện", place: "anNhon", unit: "chục 20 cái" },
  ]),
  k("cha-lua", "thit-che-bien", "Chả lụa thịt heo giã tay gói lá chuối, hấp chín, dai giòn.", [
    { name: "Chả lụa Huế", place: "hue", stars: 3, unit: "đòn 500 g" },
    { name: "Chả lụa Thủ Dầu Một", place: "thuDauMot", unit: "đòn 1 kg" },
    { name: "Giò lụa Ước Lễ", place: "haDong", stars: 4, unit: "cây 1 kg" },
  ]),
  k("gio-bo", "thit-che-bien", "Giò bò thịt bò tươi giã, tiêu hạt, gói lá chuối.", [
    { name: "Giò bò Vinh", place: "vinh", unit: "cây 500 g" },
    { name: "Chả bò Đà Nẵng", place: "sonTra", stars: 3, unit: "cây 500 g" },
  ]),
  k("lap-xuong", "thit-che-bien", "Lạp xưởng thịt heo nạc mỡ, rượu mai quế lộ, phơi nắng.", [
    { name: "Lạp xưởng Cần Đước", place: "canDuoc", stars: 4, unit: "gói 500 g" },
    { name: "Lạp xưởng tươi Sóc Trăng", place: "myXuyen", unit: "gói 500 g" },
    { name: "Lạp xưởng tôm", place: "bacLieu", unit: "gói 500 g" },
  ]),
  k("cha-bong", "thit-che-bien", "Chà bông thịt heo rim nước mắm, sợi tơi mịn.", [
    { name: "Chà bông heo Cần Thơ", place: "phongDien", stars: 3, unit: "hũ 200 g" },
    { name: "Chà bông cá lóc", place: "caoLanh", unit: "hũ 150 g" },
    { name: "Ruốc thịt lợn Hà Nội", place: "thanhTri", unit: "hũ 200 g" },
  ]),
  k("thit-gac-bep", "thit-che-bien", "Thịt treo gác bếp hun khói củi, tẩm mắc khén, hạt dổi.", [
    { name: "Thịt trâu gác bếp", place: "dienBien", stars: 4, unit: "túi 500 g" },
    { name: "Thịt lợn gác bếp", place: "saPa", unit: "túi 500 g" },
    { name: "Thịt bò khô gác bếp", place: "tamDuong", unit: "túi 250 g" },
  ]),
  k("vit", "thit-che-bien", "Vịt thả đồng, thịt chắc, chế biến sẵn.", [
    { name: "Vịt quay Lạng Sơn", place: "caoLoc", stars: 3, unit: "con 1,5 kg" },
    { name: "Trứng vịt muối Tân Châu", place: "tanChau", unit: "hộp 10 quả" },
  ]),
  k("ga", "thit-che-bien", "Gà đồi thả vườn, thịt săn chắc.", [
    { name: "Gà Tiên Yên", place: "haLong", stars: 4, unit: "con 1,8 kg" },
    { name: "Gà đồi Yên Thế ủ muối", place: "lucNgan", unit: "con 1,5 kg" },
  ]),
  k("gao", "gao-ngu-coc", "Gạo thơm dẻo, trồng theo quy trình sạch, xay mới mỗi vụ.", [
    { name: "Gạo ST25 Ông Cua", place: "myXuyen", stars: 5, unit: "túi 5 kg" },
    { name: "Gạo ST24 Sóc Trăng", place: "myXuyen", stars: 4, unit: "túi 5 kg" },
    { name: "Gạo nàng thơm Chợ Đào", place: "canDuoc", stars: 4, unit: "túi 5 kg" },
    { name: "Gạo tám xoan Hải Hậu", place: "haiHau", stars: 3, unit: "túi 5 kg" },
    { name: "Gạo séng cù Điện Biên", place: "dienBien", unit: "túi 5 kg" },
    { name: "Gạo một bụi đỏ Hậu Giang", place: "viThanh", unit: "túi 2 kg" },
    { name: "Gạo lứt huyết rồng", place: "uMinh", unit: "túi 2 kg" },
    { name: "Gạo hữu cơ Bình Trung", place: "thangBinh", unit: "túi 5 kg" },
  ]),
  k("nep", "gao-ngu-coc", "Nếp dẻo thơm để nấu xôi, gói bánh, nấu rượu.", [
    { name: "Nếp cái hoa vàng", place: "haiHau", stars: 3, unit: "túi 2 kg" },
    { name: "Nếp Tú Lệ", place: "vanChan", stars: 4, unit: "túi 2 kg" },
    { name: "Nếp cẩm Điện Biên", place: "dienBien", unit: "túi 1 kg" },
  ]),
  k("dau-phong", "gao-ngu-coc", "Đậu phộng hạt chắc, nhiều dầu, rang hoặc làm kẹo.", [
    { name: "Đậu phộng rang muối", place: "thangBinh", stars: 3, unit: "hũ 500 g" },
    { name: "Đậu phộng da cá", place: "trangBang", unit: "hũ 300 g" },
    { name: "Dầu đậu phộng ép nguội", place: "duyXuyen", stars: 3, unit: "chai 1 lít" },
    { name: "Đậu phộng Đại Lộc", place: "daiLoc", unit: "kg" },
  ]),
  k("me", "gao-ngu-coc", "Mè hạt mẩy, phơi khô, ép dầu hoặc làm muối mè.", [
    { name: "Mè đen Nghệ An", place: "namDan", unit: "túi 500 g" },
    { name: "Dầu mè nguyên chất", place: "namDan", stars: 3, unit: "chai 500 ml" },
    { name: "Muối mè đen", place: "hue", unit: "hũ 200 g" },
  ]),
  k("dau-xanh", "gao-ngu-coc", "Đậu xanh hạt nhỏ, đãi vỏ, nấu chè và làm nhân bánh.", [
    { name: "Đậu xanh Quảng Nam", place: "duyXuyen", unit: "kg" },
    { name: "Đậu đen xanh lòng", place: "hoaBinh", unit: "kg" },
  ]),
  k("hat-dieu", "gao-ngu-coc", "Hạt điều rang muối còn vỏ lụa, giòn béo.", [
    { name: "Hạt điều rang muối Bình Phước", place: "dongXoai", stars: 4, unit: "hũ 500 g" },
    { name: "Hạt điều vỏ lụa", place: "dongXoai", unit: "túi 250 g" },
  ]),
  k("hat-de", "gao-ngu-coc", "Hạt dẻ rừng bùi thơm, rang hoặc luộc.", [
    { name: "Hạt dẻ Trùng Khánh", place: "trungKhanh", stars: 4, unit: "kg" },
  ]),
  k("mac-ca", "gao-ngu-coc", "Hạt mắc ca nứt vỏ sấy chín.", [
    { name: "Hạt mắc ca Tây Nguyên", place: "buonMaThuot", stars: 3, unit: "hũ 500 g" },
  ]),
  k("bap", "rau-cu", "Bắp nếp dẻo ngọt, luộc hoặc nướng than.", [
    { name: "Bắp nếp Cẩm Nam", place: "hoiAn", unit: "chục 10 trái" },
    { name: "Ngô nếp Mèo Vạc", place: "dongVan", unit: "kg" },
    { name: "Bắp Mỹ ngọt Đà Lạt", place: "daLat", unit: "kg" },
  ]),
  k("khoai", "rau-cu", "Khoai lang ruột vàng, bở, trồng trên đất cát.", [
    { name: "Khoai lang tím Bình Tân", place: "phongDien", stars: 3, unit: "kg" },
    { name: "Khoai lang Đà Lạt", place: "daLat", unit: "kg" },
    { name: "Khoai môn Lệ Phố", place: "hamYen", unit: "kg" },
  ]),
  k("mang", "rau-cu", "Măng khô phơi nắng, ngâm nấu canh hoặc kho.", [
    { name: "Măng khô Tây Bắc", place: "mocChau", unit: "túi 500 g" },
    { name: "Măng le khô Quảng Nam", place: "daiLoc", unit: "túi 500 g" },
  ]),
  k("nam", "rau-cu", "Nấm rừng sấy khô, thơm, nấu canh và xào.", [
    { name: "Nấm hương rừng", place: "saPa", stars: 3, unit: "túi 200 g" },
    { name: "Nấm linh chi đỏ", place: "tuMoRong", stars: 4, unit: "hộp 500 g" },
    { name: "Mộc nhĩ Cao Bằng", place: "trungKhanh", unit: "túi 200 g" },
  ]),
  k("rau", "rau-cu", "Rau trồng theo chuẩn an toàn, thu hoạch trong ngày.", [
    { name: "Bông cải xanh Đà Lạt", place: "daLat", unit: "kg" },
    { name: "Súp lơ trắng Đà Lạt", place: "daLat", unit: "kg" },
    { name: "Su hào Đà Lạt", place: "daLat", unit: "kg" },
    { name: "Cà chua bi Mộc Châu", place: "mocChau", unit: "hộp 500 g" },
    { name: "Rau cải mầm", place: "baVi", unit: "hộp 200 g" },
  ]),
  k("vai", "trai-cay", "Vải thiều quả to, cùi dày, ngọt lịm, thu hoạch tháng sáu.", [
    { name: "Vải thiều Lục Ngạn", place: "lucNgan", stars: 4, unit: "kg" },
    { name: "Vải thiều Thanh Hà", place: "thanhHa", stars: 4, unit: "kg" },
    { name: "Vải sấy khô", place: "lucNgan", unit: "túi 500 g" },
  ]),
  k("nhan", "trai-cay", "Nhãn cùi dày, hạt nhỏ, ngọt sắc.", [
    { name: "Nhãn lồng Hưng Yên", place: "hungYen", stars: 4, unit: "kg" },
    { name: "Long nhãn sấy", place: "hungYen", unit: "túi 500 g" },
    { name: "Nhãn xuồng cơm vàng", place: "baRia", unit: "kg" },
  ]),
  k("buoi", "trai-cay", "Bưởi múi ráo, tép mọng, ngọt thanh.", [
    { name: "Bưởi da xanh Bến Tre", place: "moCayNam", stars: 4, unit: "trái 1,5 kg" },
    { name: "Bưởi Năm Roi", place: "caiBe", stars: 3, unit: "trái 1,2 kg" },
    { name: "Bưởi Phúc Trạch", place: "huongSon", stars: 4, unit: "trái 1,5 kg" },
    { name: "Bưởi Diễn", place: "baVi", unit: "trái 1 kg" },
  ]),
  k("xoai", "trai-cay", "Xoài chín cây, thịt vàng, ngọt đậm.", [
    { name: "Xoài cát Hòa Lộc", place: "caiBe", stars: 5, unit: "kg" },
    { name: "Xoài Cao Lãnh", place: "caoLanh", stars: 4, unit: "kg" },
    { name: "Xoài tứ quý Ba Tri", place: "moCayNam", unit: "kg" },
    { name: "Xoài sấy dẻo", place: "caoLanh", unit: "túi 250 g" },
  ]),
  k("thanh-long", "trai-cay", "Thanh long ruột đỏ, ngọt mát.", [
    { name: "Thanh long ruột đỏ Hàm Thuận", place: "phanThiet", stars: 4, unit: "kg" },
    { name: "Thanh long Chợ Gạo", place: "choGao", stars: 3, unit: "kg" },
    { name: "Thanh long sấy dẻo", place: "phanThiet", unit: "túi 200 g" },
  ]),
  k("sau-rieng", "trai-cay", "Sầu riêng cơm vàng hạt lép, béo ngậy.", [
    { name: "Sầu riêng Ri6", place: "caiBe", stars: 3, unit: "kg" },
    { name: "Sầu riêng Dona Long Khánh", place: "longKhanh", unit: "kg" },
    { name: "Sầu riêng Monthong Krông Pắc", place: "buonMaThuot", unit: "kg" },
  ]),
  k("mang-cut", "trai-cay", "Măng cụt vỏ mỏng, múi trắng, chua ngọt.", [
    { name: "Măng cụt Lái Thiêu", place: "thuDauMot", unit: "kg" },
    { name: "Măng cụt Chợ Lách", place: "moCayNam", stars: 3, unit: "kg" },
  ]),
  k("dua-thom", "trai-cay", "Dứa (khóm, thơm) mắt nông, ngọt mát, nhiều nước.", [
    { name: "Khóm Cầu Đúc", place: "viThanh", stars: 4, unit: "trái" },
    { name: "Dứa Đồng Giao", place: "kimSon", stars: 3, unit: "trái" },
    { name: "Mứt dứa sấy dẻo", place: "kimSon", unit: "túi 250 g" },
    { name: "Nước ép thơm Tân Phước", place: "choGao", unit: "chai 330 ml" },
  ]),
  k("dua", "trai-cay", "Dừa xiêm nước ngọt, cơm dừa béo.", [
    { name: "Dừa xiêm xanh Bến Tre", place: "moCayNam", stars: 3, unit: "trái" },
    { name: "Dừa sáp Cầu Kè", place: "cauKe", stars: 4, unit: "trái" },
    { name: "Nước cốt dừa đóng lon", place: "moCayNam", unit: "lon 400 ml" },
    { name: "Thạch dừa Bến Tre", place: "moCayNam", unit: "hộp 500 g" },
  ]),
  k("dua-hau", "trai-cay", "Dưa hấu ruột đỏ vỏ mỏng, trồng trên đất cát pha.", [
    { name: "Dưa hấu Long An", place: "benLuc", unit: "kg" },
    { name: "Dưa lưới Bình Trung", place: "thangBinh", unit: "kg" },
  ]),
  k("chanh-day", "trai-cay", "Chanh dây (chanh leo) chua thơm, pha nước giải khát.", [
    { name: "Chanh dây Lâm Hà", place: "baoLoc", stars: 3, unit: "kg" },
    { name: "Chanh leo Mộc Châu", place: "mocChau", unit: "kg" },
    { name: "Nước cốt chanh dây", place: "baoLoc", unit: "chai 500 ml" },
  ]),
  k("cam", "trai-cay", "Cam mọng nước, vỏ mỏng, ngọt thanh.", [
    { name: "Cam sành Hàm Yên", place: "hamYen", stars: 4, unit: "kg" },
    { name: "Cam Cao Phong", place: "hoaBinh", stars: 4, unit: "kg" },
    { name: "Cam Vinh", place: "namDan", stars: 3, unit: "kg" },
    { name: "Cam bù Hương Sơn", place: "huongSon", unit: "kg" },
  ]),
  k("man-mo", "trai-cay", "Mận hậu giòn, chua ngọt, vùng cao.", [
    { name: "Mận hậu Mộc Châu", place: "mocChau", unit: "kg" },
    { name: "Mận tam hoa Bắc Hà", place: "bacHa", stars: 3, unit: "kg" },
    { name: "Mứt mận Bắc Hà", place: "bacHa", unit: "hộp 300 g" },
  ]),
  k("nho", "trai-cay", "Nho trồng trên nắng gió, ngọt đậm.", [
    { name: "Nho xanh Ninh Thuận", place: "phanRang", stars: 3, unit: "kg" },
    { name: "Nho sấy Phan Rang", place: "phanRang", unit: "túi 200 g" },
    { name: "Rượu vang nho Phan Rang", place: "phanRang", unit: "chai 750 ml" },
  ]),
  k("bo", "trai-cay", "Bơ sáp dẻo, béo, chín cây.", [
    { name: "Bơ sáp 034 Đắk Lắk", place: "buonMaThuot", stars: 3, unit: "kg" },
    { name: "Bơ booth Bảo Lộc", place: "baoLoc", unit: "kg" },
  ]),
  k("chom-chom", "trai-cay", "Chôm chôm Java tróc hạt, giòn ngọt.", [
    { name: "Chôm chôm Long Khánh", place: "longKhanh", unit: "kg" },
    { name: "Chôm chôm Chợ Lách", place: "moCayNam", unit: "kg" },
  ]),
  k("ca-phe", "tra-ca-phe", "Cà phê hạt rang mộc, xay sẵn hoặc nguyên hạt, đậm đà.", [
    { name: "Cà phê Robusta Buôn Ma Thuột", place: "buonMaThuot", stars: 4, unit: "gói 500 g" },
    { name: "Cà phê Arabica Cầu Đất", place: "daLat", stars: 4, unit: "gói 250 g" },
    { name: "Cà phê Khe Sanh", place: "huongHoa", stars: 3, unit: "gói 500 g" },
    { name: "Cà phê chồn", place: "buonMaThuot", unit: "hộp 250 g" },
    { name: "Cà phê phin giấy", place: "pleiku", unit: "hộp 10 gói" },
  ]),
  k("tra", "tra-ca-phe", "Chè búp sao tay, nước xanh, vị chát dịu, hậu ngọt.", [
    { name: "Chè Tân Cương Thái Nguyên", place: "daiTu", stars: 4, unit: "gói 200 g" },
    { name: "Trà Shan tuyết cổ thụ", place: "dongVan", stars: 5, unit: "hộp 100 g" },
    { name: "Chè Suối Giàng", place: "vanChan", stars: 4, unit: "gói 200 g" },
    { name: "Trà ô long Bảo Lộc", place: "baoLoc", stars: 3, unit: "gói 250 g" },
    { name: "Chè Tam Đường", place: "tamDuong", unit: "gói 500 g" },
    { name: "Trà sen Tây Hồ", place: "haDong", stars: 4, unit: "hộp 100 g" },
  ]),
  k("tra-thao-moc", "tra-ca-phe", "Trà thảo mộc sấy khô, pha uống hằng ngày.", [
    { name: "Trà atiso Đà Lạt", place: "daLat", stars: 4, unit: "hộp 20 túi" },
    { name: "Trà khổ qua rừng", place: "caoLanh", unit: "gói 200 g" },
    { name: "Trà cung đình Huế", place: "hue", stars: 3, unit: "hộp 200 g" },
  ]),
  k("ca-cao", "tra-ca-phe", "Bột ca cao nguyên chất lên men tự nhiên.", [
    { name: "Bột ca cao Bến Tre", place: "moCayNam", unit: "hộp 250 g" },
    { name: "Sô cô la ca cao Đắk Lắk", place: "buonMaThuot", stars: 3, unit: "thanh 100 g" },
  ]),
  k("mat-ong", "mat-ong-duoc-lieu", "Mật ong nguyên chất, lấy từ tổ ong nuôi, không pha đường.", [
    { name: "Mật ong rừng U Minh", place: "uMinh", stars: 4, unit: "chai 500 ml" },
    { name: "Mật ong hoa nhãn", place: "hungYen", stars: 3, unit: "chai 500 ml" },
    { name: "Mật ong bạc hà Hà Giang", place: "dongVan", stars: 5, unit: "chai 500 ml" },
    { name: "Mật ong hoa cà phê", place: "buonMaThuot", unit: "chai 1 lít" },
    { name: "Mật ong hoa keo", place: "thangBinh", unit: "chai 1 lít" },
  ]),
  k("sam", "mat-ong-duoc-lieu", "Sâm củ trồng dưới tán rừng, ngâm rượu hoặc thái lát ngậm.", [
    { name: "Sâm Ngọc Linh", place: "tuMoRong", stars: 5, unit: "hộp 100 g" },
    { name: "Sâm dây Ngọc Linh", place: "tamKy", unit: "hộp 200 g" },
    { name: "Sâm Bố Chính", place: "dongHoi", stars: 3, unit: "hộp 200 g" },
  ]),
  k("yen", "mat-ong-duoc-lieu", "Yến sào làm sạch lông, sợi dài, chưng đường phèn.", [
    { name: "Yến sào Khánh Hòa", place: "nhaTrang", stars: 5, unit: "hộp 100 g" },
    { name: "Yến sào Hội An", place: "hoiAn", stars: 4, unit: "hộp 50 g" },
    { name: "Nước yến chưng sẵn", place: "ninhHoa", unit: "hộp 6 lọ" },
  ]),
  k("tinh-dau", "mat-ong-duoc-lieu", "Tinh dầu chưng cất, xông phòng, đuổi muỗi.", [
    { name: "Tinh dầu sả chanh", place: "thangBinh", unit: "chai 50 ml" },
    { name: "Tinh dầu tràm Huế", place: "hue", stars: 3, unit: "chai 100 ml" },
    { name: "Tinh dầu quế", place: "vanChan", unit: "chai 50 ml" },
  ]),
  k("nghe", "mat-ong-duoc-lieu", "Tinh bột nghệ vàng nguyên chất, lọc nhiều lần.", [
    { name: "Tinh bột nghệ Nam Đàn", place: "namDan", stars: 3, unit: "hũ 500 g" },
    { name: "Bột sắn dây", place: "namDan", unit: "túi 500 g" },
  ]),
  k("ruou", "ruou-do-uong", "Rượu nấu thủ công, chưng cất nhiều lần, êm nồng.", [
    { name: "Rượu Bàu Đá", place: "anNhon", stars: 4, unit: "chai 500 ml" },
    { name: "Rượu nếp cái hoa vàng", place: "haiHau", unit: "chai 500 ml" },
    { name: "Rượu Làng Vân", place: "lucNgan", stars: 3, unit: "chai 500 ml" },
    { name: "Rượu ngô Bắc Hà", place: "bacHa", stars: 4, unit: "can 2 lít" },
    { name: "Rượu cần Tây Nguyên", place: "pleiku", unit: "bình 2 lít" },
    { name: "Rượu sim Phú Quốc", place: "phuQuoc", stars: 3, unit: "chai 500 ml" },
  ]),
  k("nuoc-giai-khat", "ruou-do-uong", "Đồ uống đóng chai từ nguyên liệu địa phương.", [
    { name: "Nước mía sầu riêng", place: "caiBe", unit: "chai 330 ml" },
    { name: "Sữa bắp Đà Lạt", place: "daLat", unit: "chai 500 ml" },
    { name: "Nước sâm bí đao", place: "canDuoc", unit: "chai 330 ml" },
  ]),
  k("kho-ca", "thuy-san", "Khô cá phơi một nắng, nướng hoặc chiên.", [
    { name: "Khô cá dứa một nắng", place: "namCan", stars: 4, unit: "túi 500 g" },
    { name: "Khô cá lóc Cà Mau", place: "uMinh", stars: 3, unit: "túi 500 g" },
    { name: "Khô cá chỉ vàng", place: "tuyHoa", unit: "túi 500 g" },
    { name: "Khô cá thu", place: "phuQuoc", unit: "túi 500 g" },
    { name: "Cá cơm khô", place: "thangBinh", unit: "gói 250 g" },
  ]),
  k("muc", "thuy-san", "Mực câu phơi khô, dày thịt, ngọt.", [
    { name: "Mực một nắng Phú Quốc", place: "phuQuoc", stars: 4, unit: "kg" },
    { name: "Mực khô Vân Đồn", place: "vanDon", stars: 3, unit: "túi 500 g" },
    { name: "Chả mực Hạ Long", place: "haLong", stars: 5, unit: "hộp 500 g" },
  ]),
  k("tom-kho", "thuy-san", "Tôm đất luộc, phơi khô, bóc vỏ, đỏ tự nhiên.", [
    { name: "Tôm khô Cà Mau", place: "namCan", stars: 4, unit: "túi 500 g" },
    { name: "Tôm khô đất Bạc Liêu", place: "bacLieu", unit: "túi 250 g" },
    { name: "Bánh phồng tôm", place: "bacLieu", stars: 3, unit: "hộp 500 g" },
  ]),
  k("ca-ngu", "thuy-san", "Cá ngừ đại dương câu tay, cấp đông.", [
    { name: "Cá ngừ đại dương Phú Yên", place: "tuyHoa", stars: 4, unit: "kg" },
    { name: "Mắt cá ngừ hầm", place: "tuyHoa", unit: "hộp 500 g" },
  ]),
  k("ca-kho", "thuy-san", "Cá kho tộ đóng hộp, kho nước màu, tiêu.", [
    { name: "Cá kho làng Vũ Đại", place: "thaiBinh", stars: 4, unit: "niêu 1 kg" },
    { name: "Cá bống kho tiêu", place: "daiLoc", unit: "hộp 500 g" },
  ]),
  k("my-quang", "mon-an-kho", "Sợi mì tráng từ gạo, phơi nắng, nấu nhanh.", [
    { name: "Mì Quảng khô Phú Chiêm", place: "duyXuyen", stars: 3, unit: "gói 500 g" },
    { name: "Mì Quảng Thăng Bình", place: "thangBinh", unit: "gói 500 g" },
    { name: "Cao lầu khô Hội An", place: "hoiAn", stars: 3, unit: "gói 500 g" },
  ]),
  k("bun-pho", "mon-an-kho", "Sợi gạo khô tráng mỏng, phơi nắng.", [
    { name: "Bún khô Hà Nội", place: "thanhTri", unit: "gói 500 g" },
    { name: "Phở khô Nam Định", place: "haiHau", stars: 3, unit: "gói 500 g" },
    { name: "Miến dong Bình Liêu", place: "haLong", stars: 4, unit: "gói 500 g" },
    { name: "Hủ tiếu Mỹ Tho", place: "choGao", stars: 3, unit: "gói 500 g" },
    { name: "Bánh canh bột gạo", place: "caoLanh", unit: "gói 500 g" },
  ]),
  k("ruoc-bien", "thuy-san", "Con ruốc biển phơi khô, rang hoặc làm mắm.", [
    { name: "Ruốc khô biển Cửa Việt", place: "huongHoa", unit: "túi 300 g" },
  ]),
  k("gom", "thu-cong", "Gốm nung thủ công, men tự nhiên.", [
    { name: "Gốm Bát Tràng men lam", place: "giaLam", stars: 4, unit: "bộ" },
    { name: "Gốm Thanh Hà", place: "hoiAn", stars: 3, unit: "chiếc" },
    { name: "Bộ chén bát gốm", place: "giaLam", unit: "bộ 10 món" },
  ]),
  k("det-may", "thu-cong", "Hàng dệt thủ công khung gỗ, nhuộm màu tự nhiên.", [
    { name: "Lụa Vạn Phúc", place: "haDong", stars: 4, unit: "mét" },
    { name: "Thổ cẩm Sa Pa", place: "saPa", stars: 3, unit: "tấm" },
    { name: "Lụa tơ tằm Bảo Lộc", place: "baoLoc", unit: "khăn" },
    { name: "Khăn rằn Tân Châu", place: "tanChau", unit: "chiếc" },
  ]),
  k("chieu", "thu-cong", "Chiếu dệt tay từ cói, nhuộm màu tự nhiên.", [
    { name: "Chiếu cói Nga Sơn", place: "ngaSon", stars: 4, unit: "chiếc" },
    { name: "Chiếu cói Kim Sơn", place: "kimSon", stars: 3, unit: "chiếc" },
    { name: "Túi cói thủ công", place: "kimSon", unit: "chiếc" },
  ]),
  k("may-tre", "thu-cong", "Đồ đan mây tre hun khói chống mối mọt.", [
    { name: "Giỏ mây tre đan", place: "thangBinh", unit: "chiếc" },
    { name: "Khay tre đan", place: "baVi", unit: "bộ 3 chiếc" },
    { name: "Thìa gỗ dừa", place: "moCayNam", unit: "bộ 6 chiếc" },
    { name: "Muỗng tre", place: "baVi", unit: "bộ 10 chiếc" },
  ]),
  k("non", "thu-cong", "Nón lá chằm tay, 16 vành.", [
    { name: "Nón lá bài thơ Huế", place: "hue", stars: 4, unit: "chiếc" },
    { name: "Nón lá Bình Nguyên", place: "thangBinh", unit: "chiếc" },
  ]),
  k("son-mai", "thu-cong", "Tranh sơn mài, vẽ và mài thủ công nhiều lớp.", [
    { name: "Tranh sơn mài Tương Bình Hiệp", place: "thuDauMot", stars: 3, unit: "bức" },
  ]),
  k("duong-thot-not", "nuoc-mam-gia-vi", "Đường nấu từ nước thốt nốt, thơm mùi khói.", [
    { name: "Đường thốt nốt An Giang", place: "tinhBien", stars: 4, unit: "túi 1 kg" },
    { name: "Đường phèn Quảng Ngãi", place: "binhSon", unit: "túi 500 g" },
    { name: "Đường mía Lệ Thủy", place: "dongHoi", unit: "túi 1 kg" },
  ]),
  k("mut", "banh-keo", "Mứt sấy dẻo, ít đường, không phẩm màu.", [
    { name: "Mứt gừng Huế", place: "hue", unit: "hộp 300 g" },
    { name: "Mứt me Tây Ninh", place: "trangBang", unit: "hộp 300 g" },
    { name: "Mứt sen trần", place: "hue", stars: 3, unit: "hộp 300 g" },
  ]),
  k("hat-sen", "gao-ngu-coc", "Hạt sen tươi sấy, bùi, nấu chè.", [
    { name: "Hạt sen Đồng Tháp", place: "caoLanh", stars: 4, unit: "túi 500 g" },
    { name: "Hạt sen Huế", place: "hue", unit: "túi 500 g" },
  ]),
  k("ot", "rau-cu", "Ớt chỉ thiên cay nồng, phơi khô hoặc ngâm.", [
    { name: "Ớt chỉ thiên phơi khô", place: "phanRang", unit: "túi 200 g" },
    { name: "Ớt xiêm rừng ngâm", place: "hoaVang", unit: "hũ 300 g" },
  ]),
  k("gung", "rau-cu", "Gừng sẻ củ nhỏ, cay nồng.", [
    { name: "Gừng sẻ Kỳ Sơn", place: "vinh", unit: "kg" },
  ]),
  k("heo", "thit-che-bien", "Thịt heo đen nuôi thả vườn, thịt săn, ít mỡ.", [
    { name: "Thịt heo đen Tây Nguyên", place: "pleiku", unit: "kg" },
    { name: "Lợn cắp nách Bắc Hà", place: "bacHa", stars: 3, unit: "kg" },
    { name: "Xúc xích heo xông khói", place: "daLat", unit: "gói 500 g" },
  ]),
  k("bo-kho", "thit-che-bien", "Bò khô xé sợi tẩm ớt, lá chanh.", [
    { name: "Bò khô lá chanh", place: "hoaVang", unit: "hũ 250 g" },
    { name: "Bò một nắng Krông Pa", place: "chuSe", stars: 3, unit: "túi 500 g" },
  ]),
  k("banh-da", "banh-keo", "Bánh đa nướng giòn, rắc vừng, tráng từ gạo tẻ.", [
    { name: "Bánh đa Kế", place: "lucNgan", stars: 4, unit: "xấp 10 cái" },
    { name: "Bánh đa vừng Đô Lương", place: "vinh", unit: "xấp 10 cái" },
    { name: "Bánh đa đỏ Hải Phòng", place: "catHai", unit: "gói 500 g" },
  ]),
  k("banh-in", "banh-keo", "Bánh in bột nếp rang, nhân đậu xanh, ép khuôn gỗ.", [
    { name: "Bánh in Kiên Mỹ", place: "anNhon", unit: "hộp 300 g" },
    { name: "Bánh khô mè Cẩm Lệ", place: "hoaVang", stars: 3, unit: "hộp 250 g" },
    { name: "Bánh ú lá tre", place: "tuyHoa", unit: "chục 10 cái" },
  ]),
  k("banh-bo", "banh-keo", "Bánh tráng sữa, bánh phồng nướng giòn từ sữa và nếp.", [
    { name: "Bánh phồng sữa Sơn Đốc", place: "moCayNam", stars: 3, unit: "gói 500 g" },
    { name: "Bánh tráng sữa Bến Tre", place: "moCayNam", unit: "gói 300 g" },
  ]),
  k("nuoc-cham", "nuoc-mam-gia-vi", "Nước chấm pha sẵn, chua cay ngọt.", [
    { name: "Nước tương đậu nành lên men", place: "hungYen", unit: "chai 500 ml" },
    { name: "Sốt sa tế tôm", place: "hue", unit: "hũ 200 g" },
    { name: "Dầu điều màu", place: "dongXoai", unit: "chai 250 ml" },
  ]),
  k("che", "mon-an-kho", "Chè khô đóng gói, nấu nhanh tại nhà.", [
    { name: "Chè kho Thanh Hóa", place: "thoXuan", unit: "hộp 500 g" },
    { name: "Chè hạt sen long nhãn", place: "hungYen", unit: "hộp 6 chén" },
  ]),
  k("xoi", "mon-an-kho", "Xôi gấc, xôi ngũ sắc đóng gói hút chân không.", [
    { name: "Xôi ngũ sắc Tây Bắc", place: "mocChau", unit: "hộp 500 g" },
    { name: "Xôi gấc hút chân không", place: "baVi", unit: "hộp 400 g" },
  ]),
  k("sua", "ruou-do-uong", "Sữa tươi thanh trùng từ đàn bò gặm cỏ trên cao nguyên.", [
    { name: "Sữa tươi Mộc Châu", place: "mocChau", stars: 4, unit: "hộp 1 lít" },
    { name: "Sữa chua Ba Vì", place: "baVi", stars: 3, unit: "lốc 4 hũ" },
    { name: "Bánh sữa Ba Vì", place: "baVi", unit: "hộp 200 g" },
  ]),
  k("ca-tuoi", "thuy-san", "Hải sản đánh bắt trong ngày, cấp đông nhanh.", [
    { name: "Cua Cà Mau", place: "namCan", stars: 4, unit: "kg" },
    { name: "Ghẹ Phú Quốc", place: "phuQuoc", unit: "kg" },
    { name: "Hàu sữa Vân Đồn", place: "vanDon", unit: "kg" },
    { name: "Tôm hùm Nha Trang", place: "nhaTrang", unit: "kg" },
  ]),
  k("rau-gia-vi", "rau-cu", "Rau gia vị sấy khô giữ màu và hương.", [
    { name: "Lá chanh sấy", place: "phanRang", unit: "gói 50 g" },
    { name: "Sả cây Quảng Nam", place: "thangBinh", unit: "kg" },
    { name: "Hành phi Vĩnh Châu", place: "vinhChau", unit: "hũ 200 g" },
  ]),
  k("do-go", "thu-cong", "Đồ gỗ mỹ nghệ chạm tay, gỗ tự nhiên.", [
    { name: "Đồ gỗ mỹ nghệ Kim Bồng", place: "hoiAn", stars: 3, unit: "chiếc" },
    { name: "Đèn lồng Hội An", place: "hoiAn", stars: 4, unit: "chiếc" },
    { name: "Bát gỗ tiện tay", place: "haDong", unit: "bộ 4 chiếc" },
  ]),
];

export interface EvalProduct {
  key: string;
  name: string;
  kind: string;
  category: CategorySlug;
  place: PlaceKey;
  stars?: number;
  unit?: string;
  description: string;
}

export const PRODUCTS: EvalProduct[] = KINDS.flatMap((kind) =>
  kind.items.map((item, i) => ({
    key: `${kind.kind}-${i + 1}`,
    name: item.name,
    kind: kind.kind,
    category: kind.category,
    place: item.place,
    ...(item.stars ? { stars: item.stars } : {}),
    ...(item.unit ? { unit: item.unit } : {}),
    description: kind.description,
  })),
);
