// Pre-2025 place names people still type ("nước mắm Phan Thiết Bình Thuận" after Bình Thuận
// merged into Lâm Đồng): the old district and province names of a 2025 commune, from the
// seeded old→new mapping (CommuneMapping), as one low-weight search field.

const ADMINISTRATIVE_PREFIX = /^(tỉnh|thành phố|tp\.?|huyện|quận|thị xã|thị trấn)\s+/iu;

/** "Huyện Thăng Bình", "Tỉnh Quảng Nam" ×3 → "Thăng Bình Quảng Nam" (distinct names, no "Huyện"). */
export function oldPlaceNamesOf(
  commune: { oldCommunes?: { oldDistrictName: string; oldProvinceName: string }[] } | null | undefined,
): string | undefined {
  const names = new Set<string>();
  for (const old of commune?.oldCommunes ?? []) {
    for (const name of [old.oldDistrictName, old.oldProvinceName]) {
      const bare = name.normalize("NFC").replace(ADMINISTRATIVE_PREFIX, "").trim();
      if (bare) names.add(bare);
    }
  }
  return names.size ? [...names].join(" · ") : undefined;
}
