// Vietnamese strings of the "businessSwitch" feature (see app/locales/vi.ts): choosing which
// of one's businesses the portal works on.
const businessSwitch = {
  label: "Đang làm việc cho",
  submit: "Chuyển",
  switched: "Đã chuyển sang {{name}}.",
  role: { OWNER: "chủ", STAFF: "nhân viên" },
};
export default businessSwitch;
