/// `DeskMessage`, `DeskLabel` and step names in both languages (see `Catalog`).
extension Catalog {
    static func english(_ message: DeskMessage) -> String {
        switch message {
        case .passwordNotYours(let person, let target, let admins):
            return "\(person) may set only their own password, not \(target)'s: an admin (\(admins.joined(separator: ", "))) sets other people's"
        case .passwordLength(let minimum, let maximum):
            return "a password needs at least \(minimum) characters (and at most \(maximum) bytes); nothing was changed"
        case .passwordSet(let person):
            return "Password set for \(person) (kept in the git dir, in no commit)."
        case .signInRefused:
            return "Wrong person or password (or the person is deactivated)."
        case .signInThrottled(let seconds):
            return "Too many failed sign-ins: try again in \(seconds) seconds."
        case .formExpired:
            return "This form has expired or did not come from this desk: nothing was done. Reload the page and try again."
        case .editOutOfDate(let article):
            return "\(article) changed since you opened it: nothing was saved. Your text is kept below; compare it with the current version and save again."
        case .serving(let url, let newsroom):
            return "Galley desk for \(newsroom) at \(url) (Ctrl-C stops it)"
        case .deskProgramMissing(let path):
            return "the web desk program is not installed: \(path) is missing. Install galley-desk beside galley (scripts/build-release builds both)"
        case .deskProgramFailed(let path, let reason):
            return "could not start the web desk program \(path): \(reason)"
        case .deskStartedByHand:
            return "galley-desk is started by `galley serve`, which checks its options: run `galley serve --help`"
        }
    }

    static func vietnamese(_ message: DeskMessage) -> String {
        switch message {
        case .passwordNotYours(let person, let target, let admins):
            return "\(person) chỉ được đặt mật khẩu của chính mình, không phải của \(target): quản trị viên (\(admins.joined(separator: ", "))) đặt mật khẩu cho người khác"
        case .passwordLength(let minimum, let maximum):
            return "mật khẩu cần ít nhất \(minimum) ký tự (và nhiều nhất \(maximum) byte); chưa thay đổi gì"
        case .passwordSet(let person):
            return "Đã đặt mật khẩu cho \(person) (lưu trong thư mục git, không nằm trong commit nào)."
        case .signInRefused:
            return "Sai người dùng hoặc mật khẩu (hoặc người này đã bị vô hiệu hóa)."
        case .signInThrottled(let seconds):
            return "Đăng nhập sai quá nhiều lần: hãy thử lại sau \(seconds) giây."
        case .formExpired:
            return "Biểu mẫu này đã hết hạn hoặc không đến từ bàn biên tập này: chưa làm gì cả. Hãy tải lại trang và thử lại."
        case .editOutOfDate(let article):
            return "\(article) đã thay đổi từ khi bạn mở nó: chưa lưu gì. Nội dung của bạn vẫn ở bên dưới; hãy so với bản hiện tại rồi lưu lại."
        case .serving(let url, let newsroom):
            return "Bàn biên tập Galley của \(newsroom) tại \(url) (Ctrl-C để dừng)"
        case .deskProgramMissing(let path):
            return "chưa cài chương trình bàn biên tập web: không có \(path). Hãy cài galley-desk cạnh galley (scripts/build-release dựng cả hai)"
        case .deskProgramFailed(let path, let reason):
            return "không khởi động được chương trình bàn biên tập web \(path): \(reason)"
        case .deskStartedByHand:
            return "galley-desk được khởi động bằng `galley serve`, lệnh kiểm tra các tùy chọn của nó: hãy chạy `galley serve --help`"
        }
    }

    public static func render(_ label: DeskLabel, in language: Language) -> String {
        let (english, vietnamese) = words(label)
        return language == .vi ? vietnamese : english
    }

    private static func words(_ label: DeskLabel) -> (String, String) {
        switch label {
        case .desk: ("Galley desk", "Bàn biên tập Galley")
        case .signIn: ("Sign in", "Đăng nhập")
        case .signOut: ("Sign out", "Đăng xuất")
        case .person: ("Person (id)", "Người dùng (mã)")
        case .password: ("Password", "Mật khẩu")
        case .myQueue: ("My work", "Việc của tôi")
        case .newArticle: ("New article", "Viết bài mới")
        case .search: ("Search", "Tìm kiếm")
        case .searchButton: ("Search", "Tìm")
        case .edit: ("Edit", "Sửa bài")
        case .save: ("Save", "Lưu")
        case .create: ("Create draft", "Tạo bản nháp")
        case .title: ("Title", "Tiêu đề")
        case .section: ("Section", "Chuyên mục")
        case .body: ("Text (Markdown)", "Nội dung (Markdown)")
        case .tags: ("Tags", "Thẻ")
        case .history: ("History", "Lịch sử")
        case .fields: ("Details", "Thông tin")
        case .state: ("State", "Trạng thái")
        case .note: ("Note", "Ghi chú")
        case .noteRequired: ("Note (required)", "Ghi chú (bắt buộc)")
        case .nothingWaits: ("Nothing waits for you.", "Không có việc nào chờ bạn.")
        case .nothingFound: ("Nothing found.", "Không tìm thấy gì.")
        case .otherLanguage: ("Tiếng Việt", "English")
        case .byline: ("Byline", "Bút danh")
        case .author: ("Author", "Tác giả")
        case .created: ("Created", "Tạo lúc")
        case .updated: ("Updated", "Cập nhật")
        case .steps: ("You may", "Bạn có thể")
        case .signedInAs: ("Signed in:", "Đang đăng nhập:")
        case .unsavedText: ("Your unsaved text", "Nội dung chưa lưu của bạn")
        case .notAllowed: ("Not allowed", "Không được phép")
        case .notFound: ("Not found", "Không tìm thấy")
        case .lastNote: ("Last note", "Ghi chú gần nhất")
        case .articleText: ("Text", "Nội dung")
        case .skipToContent: ("Skip to content", "Bỏ qua đến nội dung")
        case .photos: ("Photos and files", "Ảnh và tệp đính kèm")
        case .photoFile: ("Photo or PDF (JPEG, PNG, WebP, GIF, PDF)", "Ảnh hoặc tệp PDF (JPEG, PNG, WebP, GIF, PDF)")
        case .caption: ("Caption", "Chú thích ảnh")
        case .credit: ("Credit", "Tác giả ảnh")
        case .altText: ("Description for readers who cannot see it", "Mô tả cho người không xem được ảnh")
        case .attachPhoto: ("Attach", "Đính kèm")
        case .detach: ("Remove", "Gỡ tệp")
        case .summary: ("Summary", "Sapo")
        case .source: ("Source", "Nguồn")
        case .assignee: ("Assigned to", "Người được giao")
        case .assignedToYou: ("Assigned to you", "Giao cho bạn")
        }
    }

    /// A workflow step as a button says it: the standard steps in words, with their name
    /// (what the CLI and the history say); a custom workflow's steps by their name.
    public static func stepName(_ step: String, in language: Language) -> String {
        let words: [String: (String, String)] = [
            "submit": ("Submit", "Gửi biên tập"), "approve": ("Approve", "Duyệt"), "reject": ("Send back", "Trả lại"),
            "publish": ("Publish", "Xuất bản"), "retract": ("Retract", "Gỡ bài"), "spike": ("Spike", "Hủy bài"),
            "correct": ("Correct", "Đính chính"), "attach": ("Attach", "Đính kèm"), "detach": ("Remove a file", "Gỡ tệp"),
        ]
        guard let (english, vietnamese) = words[step] else { return step }
        return "\(language == .vi ? vietnamese : english) (\(step))"
    }
}
