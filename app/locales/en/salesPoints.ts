// English strings of the "salesPoints" feature; same keys as app/locales/vi/salesPoints.ts.
import type { Messages } from "../vi";

const salesPoints: Messages["salesPoints"] = {};

export default salesPoints;
