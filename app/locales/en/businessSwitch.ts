// English strings of the "businessSwitch" feature (see app/locales/en.ts).
import type { Messages } from "../vi";

const businessSwitch: Messages["businessSwitch"] = {
  label: "Working for",
  submit: "Switch",
  switched: "Switched to {{name}}.",
  role: { OWNER: "owner", STAFF: "staff" },
};
export default businessSwitch;
