-- A cover photo for news articles. Added in place (no table rebuild), so constraints that
-- earlier migrations put on "News" stay.
ALTER TABLE "News" ADD COLUMN "coverFileId" TEXT REFERENCES "StoredFile" ("id") ON DELETE SET NULL ON UPDATE CASCADE;
