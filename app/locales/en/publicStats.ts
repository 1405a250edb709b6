// English strings of the public statistics page (see app/locales/en.ts).
const publicStats = {
  nav: "Statistics",
  title: "Campaign statistics",
  lead: "Results of the campaign “Vietnamese people prioritise Vietnamese goods” on the platform: public data only, updated daily.",
  headline: "Headline figures",
  figures: { producers: "Verified producers", products: "Published products", salesPoints: "Certified Vietnamese-goods sales points" },
  complaints: "Consumer complaints",
  complaintFigures: {
    received: "Received",
    forwarded: "Forwarded to the business",
    answeredInTime: "Answered within 7 working days",
    escalated: "Escalated to the Department of Industry and Trade",
    resolved: "Resolved",
    medianDays: "Days to answer (median)",
  },
  suppressed: "below threshold",
  suppressionNote: "Cells with fewer than {{count}} cases are not shown so that no one can be identified.",
  moreComplaints: "See the detailed complaint figures",
  fees: "Fair and trip fees",
  feeFigures: { paid: "Fees paid", waived: "Fees waived for poor and near-poor households" },
  openData: "Open data",
};
export default publicStats;
