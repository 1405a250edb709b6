// Vietnamese strings of the "publicSalesPoints" feature (see app/locales/vi.ts).
const publicSalesPoints = {};

export default publicSalesPoints;
