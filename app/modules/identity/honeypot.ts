// The name of the field people never see (see components/ui/honeypot.tsx). Kept apart from the
// Zod schemas so public pages that show the field do not ship Zod to the browser.
export const HONEYPOT_FIELD = "website_url";
