-- Regional vocabulary (North / Central / South), spelling variants and abbreviations the office
-- starts with: 170 groups from app/modules/search/regional-synonyms.ts (a test keeps both in step).
-- Data only, no schema change. A group is skipped when one of the terms it expands is already
-- expanded by a group the office keeps (a term expands through one group only).
-- A ">" second element makes a group one-way; accented terms only expand same-accent queries.

-- The first seed's groups whose words are ambiguous once folded get their accents back, while
-- the office has not changed them ("ngò" coriander is not "ngô" corn, "lớn" big is not "lợn").
UPDATE "SynonymGroup" SET "terms" = '["ngô","bắp"]' WHERE "id" = 'syn_ngo_bap' AND "terms" = '["ngo","bap"]';
UPDATE "SynonymGroup" SET "terms" = '["heo","lợn"]' WHERE "id" = 'syn_heo_lon' AND "terms" = '["heo","lon"]';
UPDATE "SynonymGroup" SET "terms" = '["lạc","đậu phộng"]' WHERE "id" = 'syn_lac_dau_phong' AND "terms" = '["lac","dau phong"]';

INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_vung', '["vừng","mè"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('vừng', 'vung', 'mè', 'me') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_dua', '["dứa","khom"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('dứa', 'dua', 'khom') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_thom_oneway', '["thom",">","dứa","khom"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('thom') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_mang_cau_ta', '["mãng cầu ta","na","mãng cầu","mảng cầu"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('mãng cầu ta', 'mang cau ta', 'na', 'mãng cầu', 'mang cau', 'mảng cầu') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_roi_oneway', '["roi",">","mận","mận roi"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('roi') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_muop_dang', '["mướp đắng","khổ qua"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('mướp đắng', 'muop dang', 'khổ qua', 'kho qua') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_dua_chuot', '["dưa chuột","dưa leo"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('dưa chuột', 'dua chuot', 'dưa leo', 'dua leo') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_rau_mui', '["rau mùi","ngò rí"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('rau mùi', 'rau mui', 'ngò rí', 'ngo ri') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_mui_tau', '["mùi tàu","ngò gai"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('mùi tàu', 'mui tau', 'ngò gai', 'ngo gai') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_hanh_hoa', '["hành hoa","hành lá"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('hành hoa', 'hanh hoa', 'hành lá', 'hanh la') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_hat_tieu', '["hạt tiêu","hồ tiêu"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('hạt tiêu', 'hat tieu', 'hồ tiêu', 'ho tieu') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_bi_do', '["bí đỏ","bí ngô","bí rợ"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('bí đỏ', 'bi do', 'bí ngô', 'bi ngo', 'bí rợ', 'bi ro') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_bi_xanh', '["bí xanh","bí đao"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('bí xanh', 'bi xanh', 'bí đao', 'bi dao') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_ca_qua', '["cá quả","cá lóc","cá chuối","cá tràu"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('cá quả', 'ca qua', 'cá lóc', 'ca loc', 'cá chuối', 'ca chuoi', 'cá tràu', 'ca trau') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_dau_phu', '["đậu phụ","đậu hũ","tàu hũ","đậu khuôn"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('đậu phụ', 'dau phu', 'đậu hũ', 'dau hu', 'tàu hũ', 'tau hu', 'đậu khuôn', 'dau khuon') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_tao_pho', '["tào phớ","tàu hũ nước đường","đậu hũ nước đường"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('tào phớ', 'tao pho', 'tàu hũ nước đường', 'tau hu nuoc duong', 'đậu hũ nước đường', 'dau hu nuoc duong') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_mi_chinh', '["mì chính","bột ngọt"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('mì chính', 'mi chinh', 'bột ngọt', 'bot ngot') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_nuoc_tuong', '["nước tương","xì dầu"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('nước tương', 'nuoc tuong', 'xì dầu', 'xi dau') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_banh_cuon', '["bánh cuốn","bánh ướt"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('bánh cuốn', 'banh cuon', 'bánh ướt', 'banh uot') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_nem_ran', '["nem rán","chả giò","chả ram"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('nem rán', 'nem ran', 'chả giò', 'cha gio', 'chả ram', 'cha ram') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_gio_lua', '["giò lụa","chả lụa"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('giò lụa', 'gio lua', 'chả lụa', 'cha lua') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_gio_bo', '["giò bò","chả bò"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('giò bò', 'gio bo', 'chả bò', 'cha bo') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_lap_xuong', '["lạp xưởng","lạp sườn","lạp xường"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('lạp xưởng', 'lap xuong', 'lạp sườn', 'lap suon', 'lạp xường') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_ruoc_oneway', '["ruốc",">","chà bông"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('ruốc', 'ruoc') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_cha_bong', '["chà bông","ruốc thịt","ruốc heo","ruốc lợn","ruốc bông"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('chà bông', 'cha bong', 'ruốc thịt', 'ruoc thit', 'ruốc heo', 'ruoc heo', 'ruốc lợn', 'ruoc lon', 'ruốc bông', 'ruoc bong') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_qua', '["quả","trái"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('quả', 'qua', 'trái', 'trai') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_chanh_leo', '["chanh leo","chanh dây"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('chanh leo', 'chanh dây', 'chanh day') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_bong_cai', '["bông cải","súp lơ","cải bông"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('bông cải', 'bong cai', 'súp lơ', 'sup lo', 'cải bông', 'cai bong') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_bong_cai_xanh', '["bông cải xanh","súp lơ xanh","cải bông xanh"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('bông cải xanh', 'bong cai xanh', 'súp lơ xanh', 'sup lo xanh', 'cải bông xanh', 'cai bong xanh') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_bap_cai', '["bắp cải","cải bắp"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('bắp cải', 'bap cai', 'cải bắp', 'cai bap') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_moc_nhi', '["mộc nhĩ","nấm mèo"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('mộc nhĩ', 'moc nhi', 'nấm mèo', 'nam meo') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_nam_huong', '["nấm hương","nấm đông cô"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('nấm hương', 'nam huong', 'nấm đông cô', 'nam dong co') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_quat', '["quất","tắc","hạnh"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('quất', 'quat', 'tắc', 'tac', 'hạnh', 'hanh') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_hong_xiem', '["hồng xiêm","sapoche","sa pô chê","xa pô chê"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('hồng xiêm', 'hong xiem', 'sapoche', 'sa pô chê', 'sa po che', 'xa pô chê', 'xa po che') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_chuoi_tieu', '["chuối tiêu","chuối già"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('chuối tiêu', 'chuoi tieu', 'chuối già', 'chuoi gia') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_trung_vit', '["trứng vịt","hột vịt"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('trứng vịt', 'trung vit', 'hột vịt', 'hot vit') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_trung_ga', '["trứng gà","hột gà"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('trứng gà', 'trung ga', 'hột gà', 'hot ga') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_trung_vit_lon', '["trứng vịt lộn","hột vịt lộn"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('trứng vịt lộn', 'trung vit lon', 'hột vịt lộn', 'hot vit lon') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_trung_vit_muoi', '["trứng vịt muối","hột vịt muối"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('trứng vịt muối', 'trung vit muoi', 'hột vịt muối', 'hot vit muoi') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_hat_dieu', '["hạt điều","hột điều"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('hạt điều', 'hat dieu', 'hột điều', 'hot dieu') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_kho_ca', '["khô cá","cá khô"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('khô cá', 'kho ca', 'cá khô', 'ca kho') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_kho_muc', '["khô mực","mực khô"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('khô mực', 'kho muc', 'mực khô', 'muc kho') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_kho_bo', '["khô bò","bò khô"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('khô bò', 'kho bo', 'bò khô', 'bo kho') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_kho_tom', '["khô tôm","tôm khô"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('khô tôm', 'kho tom', 'tôm khô', 'tom kho') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_do_xanh', '["đỗ xanh","đậu xanh"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('đỗ xanh', 'do xanh', 'đậu xanh', 'dau xanh') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_do_den', '["đỗ đen","đậu đen"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('đỗ đen', 'do den', 'đậu đen', 'dau den') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_do_do', '["đỗ đỏ","đậu đỏ"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('đỗ đỏ', 'do do', 'đậu đỏ', 'dau do') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_do_tuong', '["đỗ tương","đậu tương","đậu nành"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('đỗ tương', 'do tuong', 'đậu tương', 'dau tuong', 'đậu nành', 'dau nanh') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_do_oneway', '["đỗ",">","đậu"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('đỗ', 'do') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_gia_do', '["giá đỗ","giá đậu"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('giá đỗ', 'gia do', 'giá đậu', 'gia dau') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_dau_que', '["đậu que","đậu cô ve","đỗ cô ve"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('đậu que', 'dau que', 'đậu cô ve', 'dau co ve', 'đỗ cô ve', 'do co ve') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_mien', '["miến","bún tàu"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('miến', 'mien', 'bún tàu', 'bun tau') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_mi_tom', '["mì tôm","mì gói","mì ăn liền"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('mì tôm', 'mi tom', 'mì gói', 'mi goi', 'mì ăn liền', 'mi an lien') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_kem', '["kem","cà rem"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('kem', 'cà rem', 'ca rem') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_banh_quy', '["bánh quy","bánh bích quy"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('bánh quy', 'banh quy', 'bánh bích quy', 'banh bich quy') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_vit_xiem', '["vịt xiêm","ngan"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('vịt xiêm', 'vit xiem', 'ngan') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_ga_ta', '["gà ta","gà vườn","gà thả vườn"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('gà ta', 'ga ta', 'gà vườn', 'ga vuon', 'gà thả vườn', 'ga tha vuon') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_ngao', '["ngao","nghêu"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('ngao', 'nghêu', 'ngheu') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_bach_tuoc', '["bạch tuộc","mực tuộc"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('bạch tuộc', 'bach tuoc', 'mực tuộc', 'muc tuoc') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_hai_san', '["hải sản","đồ biển"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('hải sản', 'hai san', 'đồ biển', 'do bien') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_khoai_so', '["khoai sọ","khoai môn"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('khoai sọ', 'khoai so', 'khoai môn', 'khoai mon') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_hanh_tim', '["hành tím","hành khô"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('hành tím', 'hanh tim', 'hành khô', 'hanh kho') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_rieng', '["riềng","giềng"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('riềng', 'rieng', 'giềng', 'gieng') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_ca_tim', '["cà tím","cà dái dê"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('cà tím', 'ca tim', 'cà dái dê', 'ca dai de') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_dau_bap', '["đậu bắp","mướp tây"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('đậu bắp', 'dau bap', 'mướp tây', 'muop tay') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_rau_ngot', '["rau ngót","bồ ngót"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('rau ngót', 'rau ngot', 'bồ ngót', 'bo ngot') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_diep_ca', '["diếp cá","giấp cá","dấp cá"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('diếp cá', 'diep ca', 'giấp cá', 'giap ca', 'dấp cá', 'dap ca') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_hung_que', '["húng quế","rau quế"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('húng quế', 'hung que', 'rau quế', 'rau que') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_cai_cuc', '["cải cúc","tần ô"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('cải cúc', 'cai cuc', 'tần ô', 'tan o') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_cai_xoong', '["cải xoong","xà lách xoong"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('cải xoong', 'cai xoong', 'xà lách xoong', 'xa lach xoong') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_xa_lach', '["xà lách","rau diếp"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('xà lách', 'xa lach', 'rau diếp', 'rau diep') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_cu_den', '["củ dền","củ cải đường"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('củ dền', 'cu den', 'củ cải đường', 'cu cai duong') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_thi_la', '["thì là","thìa là"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('thì là', 'thi la', 'thìa là', 'thia la') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_ot_chuong', '["ớt chuông","ớt ngọt"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('ớt chuông', 'ot chuong', 'ớt ngọt', 'ot ngot') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_bong_bi', '["bông bí","hoa bí"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('bông bí', 'bong bi', 'hoa bí', 'hoa bi') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_bong_dien_dien', '["bông điên điển","hoa điên điển"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('bông điên điển', 'bong dien dien', 'hoa điên điển', 'hoa dien dien') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_thit_ba_chi', '["thịt ba chỉ","thịt ba rọi","ba rọi"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('thịt ba chỉ', 'thit ba chi', 'thịt ba rọi', 'thit ba roi', 'ba rọi', 'ba roi') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_chan_gio', '["chân giò","giò heo"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('chân giò', 'chan gio', 'giò heo', 'gio heo') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_duong_kinh', '["đường kính","đường cát"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('đường kính', 'duong kinh', 'đường cát', 'duong cat') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_quyt', '["quýt","quít"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('quýt', 'quyt', 'quít', 'quit') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_bon_bon', '["bòn bon","bòn bòn","lòn bon"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('bòn bon', 'bon bon', 'bòn bòn', 'lòn bon', 'lon bon') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_dau_tay', '["dâu tây","dâu đà lạt"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('dâu tây', 'dau tay', 'dâu đà lạt', 'dau da lat') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_rau_thom', '["rau thơm","rau gia vị"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('rau thơm', 'rau thom', 'rau gia vị', 'rau gia vi') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_su_su', '["su su","su le"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('su su', 'su le') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_banh_da', '["bánh đa","bánh tráng"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('bánh đa', 'banh da', 'bánh tráng', 'banh trang') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_banh_xeo', '["bánh xèo","bánh khoái"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('bánh xèo', 'banh xeo', 'bánh khoái', 'banh khoai') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_banh_bot_loc', '["bánh bột lọc","bánh lọc"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('bánh bột lọc', 'banh bot loc', 'bánh lọc', 'banh loc') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_banh_pia', '["bánh pía","bánh bía"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('bánh pía', 'banh pia', 'bánh bía', 'banh bia') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_bo_bia', '["bò bía","bò pía"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('bò bía', 'bo bia', 'bò pía', 'bo pia') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_o_mai', '["ô mai","xí muội"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('ô mai', 'o mai', 'xí muội', 'xi muoi') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_hu_tieu', '["hủ tiếu","hủ tíu"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('hủ tiếu', 'hu tieu', 'hủ tíu', 'hu tiu') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_thit_kho_tau', '["thịt kho tàu","thịt kho trứng","thịt kho hột vịt"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('thịt kho tàu', 'thit kho tau', 'thịt kho trứng', 'thit kho trung', 'thịt kho hột vịt', 'thit kho hot vit') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_giam_bong', '["giăm bông","jambon","thịt nguội"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('giăm bông', 'giam bong', 'jambon', 'thịt nguội', 'thit nguoi') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_pa_te', '["pa tê","pate","patê"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('pa tê', 'pa te', 'pate', 'patê') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_pho_mai', '["phô mai","phô mát"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('phô mai', 'pho mai', 'phô mát', 'pho mat') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_dam', '["dấm","giấm"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('dấm', 'dam', 'giấm', 'giam') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_dau_hao', '["dầu hào","dầu hàu"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('dầu hào', 'dau hao', 'dầu hàu', 'dau hau') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_ot_bot', '["ớt bột","bột ớt"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('ớt bột', 'ot bot', 'bột ớt', 'bot ot') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_tieu_xay', '["tiêu xay","tiêu bột","bột tiêu"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('tiêu xay', 'tieu xay', 'tiêu bột', 'tieu bot', 'bột tiêu', 'bot tieu') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_muoi_hot', '["muối hột","muối hạt"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('muối hột', 'muoi hot', 'muối hạt', 'muoi hat') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_gao_nep', '["gạo nếp","nếp"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('gạo nếp', 'gao nep', 'nếp', 'nep') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_gao_lut', '["gạo lứt","gạo lức"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('gạo lứt', 'gao lut', 'gạo lức', 'gao luc') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_my_oneway', '["mỳ",">","mì"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('mỳ', 'my') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_com_lam', '["cơm lam","cơm ống tre"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('cơm lam', 'com lam', 'cơm ống tre', 'com ong tre') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_nuoc_mam_nhi', '["nước mắm nhĩ","mắm nhĩ"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('nước mắm nhĩ', 'nuoc mam nhi', 'mắm nhĩ', 'mam nhi') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_mam_tom', '["mắm tôm","mắm tôm bắc"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('mắm tôm', 'mam tom', 'mắm tôm bắc', 'mam tom bac') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_mam_ruoc', '["mắm ruốc","mắm ruốc huế","ruốc huế"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('mắm ruốc', 'mam ruoc', 'mắm ruốc huế', 'mam ruoc hue', 'ruốc huế', 'ruoc hue') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_tuong_dau', '["tương đậu","tương hột"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('tương đậu', 'tuong dau', 'tương hột', 'tuong hot') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_ruou_de', '["rượu đế","rượu trắng","rượu gạo"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('rượu đế', 'ruou de', 'rượu trắng', 'ruou trang', 'rượu gạo', 'ruou gao') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_ruou_thuoc', '["rượu thuốc","rượu ngâm"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('rượu thuốc', 'ruou thuoc', 'rượu ngâm', 'ruou ngam') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_sua_chua', '["sữa chua","da ua","yaourt","yogurt"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('sữa chua', 'sua chua', 'da ua', 'yaourt', 'yogurt') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_ca_cao', '["ca cao","cacao","cocoa"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('ca cao', 'cacao', 'cocoa') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_so_co_la', '["sô cô la","socola","chocolate","sôcôla"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('sô cô la', 'so co la', 'socola', 'chocolate', 'sôcôla') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_atiso', '["atiso","actiso","atisô","artichoke"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('atiso', 'actiso', 'atisô', 'artichoke') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_shan_tuyet', '["shan tuyết","san tuyết"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('shan tuyết', 'shan tuyet', 'san tuyết', 'san tuyet') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_yen_sao', '["yến sào","tổ yến","yến"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('yến sào', 'yen sao', 'tổ yến', 'to yen', 'yến', 'yen') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_nhan_sam', '["nhân sâm","sâm"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('nhân sâm', 'nhan sam', 'sâm', 'sam') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_dong_trung_ha_thao', '["đông trùng hạ thảo","đông trùng"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('đông trùng hạ thảo', 'dong trung ha thao', 'đông trùng', 'dong trung') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_nam_linh_chi', '["nấm linh chi","linh chi"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('nấm linh chi', 'nam linh chi', 'linh chi') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_mat_ong_rung', '["mật ong rừng","mật ong hoang dã"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('mật ong rừng', 'mat ong rung', 'mật ong hoang dã', 'mat ong hoang da') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_che_oneway', '["chè",">","trà"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('chè', 'che') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_che_bup', '["chè búp","trà búp"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('chè búp', 'che bup', 'trà búp', 'tra bup') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_che_xanh', '["chè xanh","trà xanh"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('chè xanh', 'che xanh', 'trà xanh', 'tra xanh') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_che_kho', '["chè khô","trà khô"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('chè khô', 'che kho', 'trà khô', 'tra kho') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_nuoc_giai_khat', '["nước giải khát","nước ngọt"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('nước giải khát', 'nuoc giai khat', 'nước ngọt', 'nuoc ngot') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_tho_cam', '["thổ cẩm","vải thổ cẩm"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('thổ cẩm', 'tho cam', 'vải thổ cẩm', 'vai tho cam') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_lua', '["lụa","tơ tằm"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('lụa', 'lua', 'tơ tằm', 'to tam') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_nha_lam', '["nhà làm","thủ công","handmade"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('nhà làm', 'nha lam', 'thủ công', 'thu cong', 'handmade') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_huu_co', '["hữu cơ","organic"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('hữu cơ', 'huu co', 'organic') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_mot_nang', '["một nắng","1 nắng"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('một nắng', 'mot nang', '1 nắng', '1 nang') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_qua_tang', '["quà tặng","quà biếu"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('quà tặng', 'qua tang', 'quà biếu', 'qua bieu') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_gio_qua', '["giỏ quà","hộp quà"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('giỏ quà', 'gio qua', 'hộp quà', 'hop qua') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_thia', '["thìa","muỗng"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('thìa', 'thia', 'muỗng', 'muong') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_bat', '["bát","chén"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('bát', 'bat', 'chén', 'chen') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_binh_thuy', '["bình thủy","phích","bình giữ nhiệt"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('bình thủy', 'binh thuy', 'phích', 'phich', 'bình giữ nhiệt', 'binh giu nhiet') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_coc_oneway', '["cốc",">","ly"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('cốc', 'coc') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_lan', '["làn","giỏ xách"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('làn', 'lan', 'giỏ xách', 'gio xach') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_mu', '["mũ","nón"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('mũ', 'mu', 'nón', 'non') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_ao_phong', '["áo phông","áo thun"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('áo phông', 'ao phong', 'áo thun', 'ao thun') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_xa_phong', '["xà phòng","xà bông"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('xà phòng', 'xa phong', 'xà bông', 'xa bong') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_chan', '["chăn","mền"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('chăn', 'chan', 'mền', 'men') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_man', '["màn","mùng"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('màn', 'man', 'mùng', 'mung') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_bat_lua', '["bật lửa","hộp quẹt"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('bật lửa', 'bat lua', 'hộp quẹt', 'hop quet') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_lo', '["lọ","hũ"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('lọ', 'lo', 'hũ', 'hu') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_tui', '["túi","bịch"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('túi', 'tui', 'bịch', 'bich') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_tat', '["tất","vớ"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('tất', 'tat', 'vớ', 'vo') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_gang_tay', '["găng tay","bao tay"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('găng tay', 'gang tay', 'bao tay') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_kem_danh_rang', '["kem đánh răng","kem chải răng"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('kem đánh răng', 'kem danh rang', 'kem chải răng', 'kem chai rang') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_choi', '["chổi","chổi quét nhà"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('chổi', 'choi', 'chổi quét nhà', 'choi quet nha') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_noi', '["nồi","xoong"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('nồi', 'noi', 'xoong') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_chieu_coi', '["chiếu cói","chiếu lác"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('chiếu cói', 'chieu coi', 'chiếu lác', 'chieu lac') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_may_tre_dan', '["mây tre đan","đồ mây tre","hàng mây tre"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('mây tre đan', 'may tre dan', 'đồ mây tre', 'do may tre', 'hàng mây tre', 'hang may tre') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_gom_su', '["gốm sứ","đồ gốm"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('gốm sứ', 'gom su', 'đồ gốm', 'do gom') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_hue', '["huế","thừa thiên huế"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('huế', 'hue', 'thừa thiên huế', 'thua thien hue') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_hop_tac_xa', '["hợp tác xã","htx"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('hợp tác xã', 'hop tac xa', 'htx') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_ho_kinh_doanh', '["hộ kinh doanh","hkd"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('hộ kinh doanh', 'ho kinh doanh', 'hkd') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_cong_ty', '["công ty","cty"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('công ty', 'cong ty', 'cty') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_trach_nhiem_huu_han', '["trách nhiệm hữu hạn","tnhh"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('trách nhiệm hữu hạn', 'trach nhiem huu han', 'tnhh') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_doanh_nghiep', '["doanh nghiệp","dn"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('doanh nghiệp', 'doanh nghiep', 'dn') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_mien_tay', '["miền tây","đồng bằng sông cửu long","đbscl"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('miền tây', 'mien tay', 'đồng bằng sông cửu long', 'dong bang song cuu long', 'đbscl', 'dbscl') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_ba_ria_vung_tau', '["bà rịa vũng tàu","brvt","vũng tàu"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('bà rịa vũng tàu', 'ba ria vung tau', 'brvt', 'vũng tàu', 'vung tau') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_hang_viet_nam_chat_luong_cao', '["hàng việt nam chất lượng cao","hvnclc"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('hàng việt nam chất lượng cao', 'hang viet nam chat luong cao', 'hvnclc') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_ve_sinh_an_toan_thuc_pham', '["vệ sinh an toàn thực phẩm","vsattp","attp"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('vệ sinh an toàn thực phẩm', 've sinh an toan thuc pham', 'vsattp', 'attp') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_da_lat', '["đà lạt","dalat"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('đà lạt', 'da lat', 'dalat') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_buon_ma_thuot', '["buôn ma thuột","buôn mê thuột","bmt"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('buôn ma thuột', 'buon ma thuot', 'buôn mê thuột', 'buon me thuot', 'bmt') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_phu_quoc', '["phú quốc","đảo ngọc"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('phú quốc', 'phu quoc', 'đảo ngọc', 'dao ngoc') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_hai_phong', '["hải phòng","hp"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('hải phòng', 'hai phong', 'hp') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_quang_nam', '["quảng nam","xứ quảng"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('quảng nam', 'quang nam', 'xứ quảng', 'xu quang') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_tay_nguyen', '["tây nguyên","cao nguyên"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('tây nguyên', 'tay nguyen', 'cao nguyên', 'cao nguyen') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
INSERT INTO "SynonymGroup" ("id", "terms") SELECT 'syn_r_dac_khu', '["đặc khu","huyện đảo"]'
WHERE NOT EXISTS (SELECT 1 FROM "SynonymGroup" g, json_each(g."terms") t
  WHERE t.value IN ('đặc khu', 'dac khu', 'huyện đảo', 'huyen dao') AND (json_extract(g."terms", '$[1]') IS NOT '>' OR t.key = 0));
