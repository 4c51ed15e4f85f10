/// `DeskPageMessage` and `DeskPageLabel` in both languages (see `Catalog`).
extension Catalog {
    public static func render(_ message: DeskPageMessage, in language: Language) -> String {
        language == .vi ? vietnamese(message) : english(message)
    }

    static func english(_ message: DeskPageMessage) -> String {
        switch message {
        case .auditOnly(let person, let roles, let allowed):
            return "The log and verify pages are for \(allowed.joined(separator: ", ")); \(person) has the roles \(roles.isEmpty ? "none" : roles.joined(separator: ", "))."
        case .badLimit(let given):
            return "“At most” takes a number of 1 or more, not '\(given)'; nothing was shown."
        case .logShowsFirst(let count):
            return "The newest \(count) events are shown; narrow the filters, or download the whole list as CSV or JSON."
        case .currentPasswordWrong:
            return "The current password is wrong: nothing was changed."
        case .newPasswordsDiffer:
            return "The new password and its repetition differ: nothing was changed."
        case .passwordChanged(let ended):
            return "Your password is changed; \(ended) other session(s) of yours were signed out."
        case .proxyUserUnknown(let login):
            return "The sign-in proxy names '\(login)', who is no active person of this newsroom: not signed in."
        }
    }

    static func vietnamese(_ message: DeskPageMessage) -> String {
        switch message {
        case .auditOnly(let person, let roles, let allowed):
            return "Nhật ký và trang kiểm tra chỉ dành cho \(allowed.map(role).joined(separator: ", ")); \(person) có vai trò: \(roles.isEmpty ? "không có" : roles.map(role).joined(separator: ", "))."
        case .badLimit(let given):
            return "“Tối đa” phải là một số từ 1 trở lên, không phải '\(given)'; chưa hiển thị gì."
        case .logShowsFirst(let count):
            return "Đang hiển thị \(count) sự kiện mới nhất; hãy thu hẹp bộ lọc hoặc tải toàn bộ danh sách dạng CSV hay JSON."
        case .currentPasswordWrong:
            return "Mật khẩu hiện tại không đúng: chưa thay đổi gì."
        case .newPasswordsDiffer:
            return "Hai lần nhập mật khẩu mới không khớp nhau: chưa thay đổi gì."
        case .passwordChanged(let ended):
            return "Đã đổi mật khẩu; \(ended) phiên đăng nhập khác của bạn đã bị đăng xuất."
        case .proxyUserUnknown(let login):
            return "Máy chủ đăng nhập trung gian báo người dùng '\(login)', nhưng đây không phải người đang hoạt động của tòa soạn: chưa đăng nhập."
        }
    }

    public static func render(_ label: DeskPageLabel, in language: Language) -> String {
        let (english, vietnamese) = words(label)
        return language == .vi ? vietnamese : english
    }

    private static func words(_ label: DeskPageLabel) -> (String, String) {
        switch label {
        case .auditLog: ("Log", "Nhật ký")
        case .verify: ("Verify", "Kiểm tra lịch sử")
        case .filter: ("Show", "Lọc")
        case .article: ("Article (id)", "Bài viết (mã)")
        case .actor: ("Person (id)", "Người thực hiện (mã)")
        case .role: ("Role", "Vai trò")
        case .transition: ("Step", "Bước")
        case .stateReached: ("State reached", "Trạng thái chuyển tới")
        case .since: ("From (YYYY-MM-DD)", "Từ ngày (YYYY-MM-DD)")
        case .until: ("Until (YYYY-MM-DD)", "Đến ngày (YYYY-MM-DD)")
        case .limit: ("At most", "Tối đa")
        case .downloadCSV: ("Download CSV", "Tải về CSV")
        case .downloadJSON: ("Download JSON", "Tải về JSON")
        case .rule: ("Rule", "Quy định")
        case .problem: ("Problem", "Vấn đề")
        case .changePassword: ("Change password", "Đổi mật khẩu")
        case .currentPassword: ("Current password", "Mật khẩu hiện tại")
        case .newPassword: ("New password", "Mật khẩu mới")
        case .newPasswordAgain: ("New password again", "Nhập lại mật khẩu mới")
        case .changes: ("Changes", "Thay đổi")
        case .compare: ("Compare", "So sánh")
        case .from: ("From (commit or state)", "Từ (commit hoặc trạng thái)")
        case .to: ("To (commit or state)", "Đến (commit hoặc trạng thái)")
        case .changesLink: ("changes", "xem thay đổi")
        case .tagsCommaSeparated: ("Tags (comma separated)", "Thẻ (cách nhau bằng dấu phẩy)")
        case .bylineField: ("Byline", "Bút danh")
        }
    }
}
