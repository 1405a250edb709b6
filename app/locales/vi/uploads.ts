// Vietnamese strings of the "uploads" feature (see app/locales/vi.ts): why a post with files was refused.
const uploads = {
  errors: {
    fileTooLarge: "Tệp quá lớn so với giới hạn của ô này. Vui lòng chọn tệp nhỏ hơn.",
    tooManyFiles: "Quá nhiều tệp trong một lần gửi. Vui lòng gửi ít tệp hơn.",
    totalTooLarge: "Tổng dung lượng các tệp quá lớn. Vui lòng gửi ít tệp hơn hoặc tệp nhỏ hơn.",
    tooManyFields: "Biểu mẫu có quá nhiều trường.",
    fieldTooLong: "Một trường của biểu mẫu quá dài.",
    malformed: "Dữ liệu gửi lên bị lỗi hoặc không đầy đủ. Vui lòng tải lại trang và gửi lại.",
    unsupported: "Kiểu dữ liệu gửi lên không được hỗ trợ. Vui lòng tải lại trang và gửi lại.",
  },
};
export default uploads;
