// English strings of the "certificateChecks" feature (see app/locales/en.ts).
import type { Messages } from "../vi";

const certificateChecks: Messages["certificateChecks"] = {
  nav: "Check certificates",
  title: "Certificates to check",
  lead: "Businesses declared these certificates themselves. Compare each document with the issuer's register (for OCOP, the national OCOP system), then confirm or reject it. Only confirmed certificates give OCOP stars and a “genuine” answer to a QR scan.",
  empty: "No certificate is waiting to be checked.",
  forProduct: "Only the certificates of “{{product}}”.",
  showAll: "Show all",
  context: {
    withProduct: "With a product waiting for review",
    published: "Added to a published product",
    other: "Product not yet submitted",
  },
  product: "Product",
  business: "Business",
  number: "Certificate number",
  issuer: "Issuer",
  issuedOn: "Issued on",
  expiresOn: "Expires on",
  declaredOn: "Declared on",
  document: "View the certificate (scan)",
  noDocument: "The business has not uploaded a scan.",
  check: "Confirm: checked with the register",
  reject: "Reject",
  reason: "Reason for rejecting",
  reasonHint: "The business receives this reason by e-mail.",
  checked: "Certificate {{number}} confirmed.",
  rejected: "Certificate {{number}} rejected.",
  toCheck_one: "{{count}} certificate to check",
  toCheck_other: "{{count}} certificates to check",
  reviewLink: "Check this product's certificates",
  state: {
    DECLARED: "Declared — waiting for the economic office's check",
    CHECKED: "Checked by the economic office",
    ISSUED: "Issued by the economic office",
    REJECTED: "Not confirmed",
  },
  rejectedReason: "Reason: {{reason}}",
  declaredNotice:
    "The economic office will compare the certificate you declare with the issuer's register. Until it is confirmed it does not show on public pages, and the QR check page says plainly that it has not been checked.",
  errors: {
    alreadyDecided: "This certificate has already been decided.",
    reasonRequired: "Give a reason for rejecting (at least 5 characters).",
    checkedCannotBeRemoved: "A certificate the economic office confirmed is the office's record: a business cannot remove it. Please contact the office.",
  },
  email: {
    checkedSubject: "Certificate {{number}} confirmed",
    checkedBody:
      "Dear {{business}},\n\nThe economic office checked and confirmed certificate {{number}} {{product}} on {{date}}.\nPublic check page: {{verifyUrl}}\nYour product: {{editUrl}}",
    rejectedSubject: "Certificate {{number}} not confirmed",
    rejectedBody:
      "Dear {{business}},\n\nThe economic office checked certificate {{number}} {{product}} and did not confirm it.\nReason: {{reason}}\nIt is not shown publicly. Your product: {{editUrl}}",
  },
};
export default certificateChecks;
