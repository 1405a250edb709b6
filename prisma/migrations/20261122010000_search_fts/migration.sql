-- Embedded search engine (ADR 0005): one row per public document (published product,
-- verified producer, certified sales point) plus an FTS5 index over its folded text.
-- SQL-only on purpose: schema.prisma does not model these objects. The catalogue keeps
-- them in step inside its own transactions (app/modules/search/sync.server.ts).

CREATE TABLE "search_document" (
    "doc_rowid"     INTEGER PRIMARY KEY,
    "id"            TEXT NOT NULL,          -- "product:<id>" | "producer:<id>" | "salesPoint:<id>"
    "type"          TEXT NOT NULL,
    "title"         TEXT NOT NULL,
    "subtitle"      TEXT NOT NULL DEFAULT '',
    "body"          TEXT NOT NULL DEFAULT '',
    "url"           TEXT NOT NULL,
    "category_id"   TEXT,
    "category_slug" TEXT,
    "province_code" TEXT,
    "commune_code"  TEXT,
    "ocop_stars"    INTEGER,
    "certified"     INTEGER NOT NULL DEFAULT 0,
    "lat"           REAL,
    "lng"           REAL,
    "published_at"  INTEGER NOT NULL,       -- ms since epoch
    "title_folded"  TEXT NOT NULL,          -- foldVietnamese(title)
    "body_folded"   TEXT NOT NULL           -- foldVietnamese(subtitle + keywords + body)
);

CREATE UNIQUE INDEX "search_document_id_key" ON "search_document"("id");
CREATE INDEX "search_document_type_published_idx" ON "search_document"("type", "published_at");
CREATE INDEX "search_document_published_idx" ON "search_document"("published_at");
CREATE INDEX "search_document_geo_idx" ON "search_document"("lat", "lng");

-- External-content FTS5 table: the text lives once, in search_document. The text is folded
-- before it gets here; remove_diacritics 2 only guards against unfolded input.
CREATE VIRTUAL TABLE "search_fts" USING fts5(
    title_folded,
    body_folded,
    content = 'search_document',
    content_rowid = 'doc_rowid',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

-- The index vocabulary, for typo fallback ("did you mean").
CREATE VIRTUAL TABLE "search_vocab" USING fts5vocab('search_fts', 'row');

-- Every change to a document, in commit order. The search process keeps the facet and sort
-- columns in memory and catches up from here before each query; writers prune old entries.
CREATE TABLE "search_change" (
    "seq"       INTEGER PRIMARY KEY AUTOINCREMENT,
    "doc_rowid" INTEGER NOT NULL
);

CREATE TRIGGER "search_document_ai" AFTER INSERT ON "search_document" BEGIN
    INSERT INTO "search_fts"(rowid, title_folded, body_folded)
    VALUES (new.doc_rowid, new.title_folded, new.body_folded);
    INSERT INTO "search_change"("doc_rowid") VALUES (new.doc_rowid);
END;

CREATE TRIGGER "search_document_ad" AFTER DELETE ON "search_document" BEGIN
    INSERT INTO "search_fts"("search_fts", rowid, title_folded, body_folded)
    VALUES ('delete', old.doc_rowid, old.title_folded, old.body_folded);
    INSERT INTO "search_change"("doc_rowid") VALUES (old.doc_rowid);
END;

CREATE TRIGGER "search_document_au" AFTER UPDATE ON "search_document" BEGIN
    INSERT INTO "search_fts"("search_fts", rowid, title_folded, body_folded)
    VALUES ('delete', old.doc_rowid, old.title_folded, old.body_folded);
    INSERT INTO "search_fts"(rowid, title_folded, body_folded)
    VALUES (new.doc_rowid, new.title_folded, new.body_folded);
    INSERT INTO "search_change"("doc_rowid") VALUES (new.doc_rowid);
END;

-- Synonyms the office starts with; it edits them afterwards (SynonymGroup.terms is a JSON
-- array of folded terms; a term may be a phrase).
INSERT INTO "SynonymGroup" ("id", "terms") VALUES
    ('syn_lac_dau_phong', '["lac","dau phong"]'),
    ('syn_heo_lon',       '["heo","lon"]'),
    ('syn_ho_chi_minh',   '["tphcm","hcm","ho chi minh","sai gon"]'),
    ('syn_ha_noi',        '["hn","ha noi"]'),
    ('syn_ngo_bap',       '["ngo","bap"]'),
    ('syn_trai_cay',      '["trai cay","hoa qua"]'),
    ('syn_ca_phe',        '["ca phe","cafe","coffee"]'),
    ('syn_khoai_mi',      '["khoai mi","cu san"]'),
    ('syn_tuong_ot',      '["tuong ot","sot ot"]');
