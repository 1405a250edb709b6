// English strings of the "uploads" feature; same keys as app/locales/vi/uploads.ts.
import type { Messages } from "../vi";

const uploads: Messages["uploads"] = {
  errors: {
    fileTooLarge: "The file is larger than this field allows. Please choose a smaller file.",
    tooManyFiles: "Too many files in one post. Please send fewer files.",
    totalTooLarge: "The files are too large together. Please send fewer or smaller files.",
    tooManyFields: "The form has too many fields.",
    fieldTooLong: "A field of the form is too long.",
    malformed: "The data sent was broken or incomplete. Please reload the page and send it again.",
    unsupported: "This kind of data is not supported. Please reload the page and send it again.",
  },
};
export default uploads;
