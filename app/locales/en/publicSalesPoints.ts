// English strings of the "publicSalesPoints" feature; same keys as app/locales/vi/publicSalesPoints.ts.
import type { Messages } from "../vi";

const publicSalesPoints: Messages["publicSalesPoints"] = {};

export default publicSalesPoints;
