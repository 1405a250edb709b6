// Vietnamese strings of the "salesPoints" feature (see app/locales/vi.ts).
const salesPoints = {};

export default salesPoints;
