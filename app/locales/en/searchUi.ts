// English strings of the "searchUi" feature; same keys as app/locales/vi/searchUi.ts.
import type { Messages } from "../vi";

const searchUi: Messages["searchUi"] = {};

export default searchUi;
