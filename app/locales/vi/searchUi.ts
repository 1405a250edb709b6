// Vietnamese strings of the "searchUi" feature (see app/locales/vi.ts).
const searchUi = {};

export default searchUi;
