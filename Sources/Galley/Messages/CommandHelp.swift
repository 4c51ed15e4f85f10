/// The command line's own help (`--help` abstracts, option lines, discussions, the exit-code
/// list), in both languages. The English of an abstract or an option line stands at each
/// command, where a reader of the code meets it; its Vietnamese is here, keyed by that text, so
/// a test can walk every command's help and find what is not yet translated. A discussion, a
/// paragraph or more, is written once with its Vietnamese (`CommandDiscussion`).
public enum CommandHelp {
    /// `english` in `language`: the Vietnamese from the table, or the English when it has none.
    public static func text(_ english: String, in language: Language) -> String {
        language == .vi ? (translations[english] ?? english) : english
    }

    /// Those of `english` that have no Vietnamese yet, in the order given: what a test lists
    /// when a command's help would show English to a Vietnamese reader.
    public static func missing(_ english: [String]) -> [String] {
        english.filter { translations[$0] == nil }
    }

    /// Both tables in one: abstracts (`vietnamese`) and option help lines. A text in the two
    /// must say the same in both; the first one wins. (Discussions are `CommandDiscussion`.)
    static let translations: [String: String] = vietnamese
        .merging(optionsVietnamese) { first, _ in first }

    /// The exit codes, one line each, from `ExitStatus`.
    public static func exitCodes(in language: Language) -> String {
        ExitStatus.allCases.map { status -> String in
            let meaning: String
            switch (status, language) {
            case (.done, .en): meaning = "done"
            case (.done, .vi): meaning = "xong"
            case (.failure, .en): meaning = "failure (unknown article or person, I/O, git, corrupt data, a lock not released in time)"
            case (.failure, .vi): meaning = "lỗi (không có bài hoặc người đó, lỗi đọc ghi, git, dữ liệu hỏng, khóa không được nhả kịp)"
            case (.refused, .en): meaning = "refused, nothing written (the workflow, a permission, invalid input, a filter naming no such person, state or transition, an id prefix several articles share)"
            case (.refused, .vi): meaning = "bị từ chối, không ghi gì (quy trình, quyền hạn, dữ liệu không hợp lệ, bộ lọc nêu người, trạng thái hay bước không có, tiền tố mã trùng nhiều bài)"
            case (.violations, .en): meaning = "violations found (verify, workflow check)"
            case (.violations, .vi): meaning = "phát hiện vi phạm (verify, workflow check)"
            case (.conflictsKept, .en): meaning = "sync kept local steps aside as conflicts"
            case (.conflictsKept, .vi): meaning = "sync giữ lại các bước cục bộ thành xung đột"
            case (.usage, .en): meaning = "usage: an unknown command or option"
            case (.usage, .vi): meaning = "sai cú pháp: lệnh hoặc tùy chọn không có"
            }
            return "  \(status.rawValue)  \(meaning)"
        }.joined(separator: "\n")
    }

    static let vietnamese: [String: String] = [
        "Editorial workflow for newsrooms, on git.": "Quy trình biên tập cho tòa soạn, trên git.",
        "Exit codes:": "Mã thoát:",
        "Word-level changes of an article between two revisions.": "Những thay đổi từng chữ của một bài giữa hai phiên bản.",
        "Open an article in $EDITOR and commit the result as a revision.": "Mở bài trong $EDITOR và ghi kết quả thành một bản sửa.",
        "Make a bare central repository enforce the workflow on every push.": "Bắt kho trung tâm (bare) áp quy trình cho mọi lần đẩy lên.",
        "Install the pre-receive hook in a bare repository.": "Cài hook pre-receive vào một kho bare.",
        "Set the user name the central git server knows a person by.":
            "Đặt tên đăng nhập mà máy chủ git trung tâm dùng cho một người.",
        "Serve git over ssh for one person's key (for authorized_keys).":
            "Phục vụ git qua ssh cho khóa của một người (dùng trong authorized_keys).",
        "Run by git as the pre-receive hook (reads OLD NEW REF lines).": "Do git chạy làm hook pre-receive (đọc các dòng CŨ MỚI REF).",
        "Create a new newsroom repository.": "Tạo kho của một tòa soạn mới.",
        "The audit trail: who did what to which article, newest commit first.": "Nhật ký kiểm tra: ai đã làm gì với bài nào, mới nhất trước.",
        "Start a new article (the workflow's create step); prints its id.": "Bắt đầu một bài mới (bước create của quy trình); in ra mã bài.",
        "Commit a content revision of an article.": "Ghi một bản sửa nội dung của bài.",
        "List and manage staff (changes: admins only).": "Xem và quản lý nhân sự (thay đổi: chỉ quản trị viên).",
        "List staff with their roles.": "Danh sách nhân sự và vai trò.",
        "Add a person.": "Thêm một người.",
        "Replace a person's roles (and reactivate them).": "Thay vai trò của một người (và kích hoạt lại).",
        "Deactivate a person: they stay listed but may take no step.": "Vô hiệu hóa một người: vẫn có tên trong danh sách nhưng không làm được bước nào.",
        "Set a person's password for the web desk (galley serve).": "Đặt mật khẩu của một người cho bàn biên tập trên web (galley serve).",
        "Run the web desk for this newsroom (sign in, queue, articles, steps).": "Chạy bàn biên tập trên web cho tòa soạn này (đăng nhập, việc chờ, bài viết, các bước).",
        "Add or revoke a person's SSH signing key (admins only).": "Thêm hoặc thu hồi khóa ký SSH của một người (chỉ quản trị viên).",
        "Add a public key (FILE.pub) to a person.": "Thêm một khóa công khai (TỆP.pub) cho một người.",
        "Revoke a key by its fingerprint (SHA256:…, as ssh-keygen -lf prints it).": "Thu hồi khóa theo dấu vân tay (SHA256:…, như ssh-keygen -lf in ra).",
        "Print git's allowed-signers file for people.yaml's keys.": "In tệp allowed-signers của git cho các khóa trong people.yaml.",
        "List articles, most recently changed first.": "Danh sách bài, bài mới thay đổi trước.",
        "What waits for you: every article you may move on now (--all: everything you may do).": "Việc đang chờ bạn: mọi bài mà bạn có thể chuyển sang bước tiếp ngay bây giờ (--all: mọi việc bạn được làm).",
        "Show one article: its state, people, and text.": "Xem một bài: trạng thái, người liên quan và nội dung.",
        "Full-text search over titles and bodies, best match first.": "Tìm trong tiêu đề và nội dung, kết quả khớp nhất trước.",
        "Submit a draft (or a returned article) for editing. Author only.": "Gửi bản nháp (hoặc bài bị trả lại) để biên tập. Chỉ tác giả.",
        "Approve an article for its next stage.": "Duyệt bài sang khâu tiếp theo.",
        "Publish an approved article (front matter draft: false). Not by its author.": "Xuất bản bài đã duyệt (draft: false). Không phải tác giả.",
        "Attach a photo or PDF to an article, with its caption and credit.": "Đính kèm ảnh hoặc tệp PDF vào bài, kèm chú thích và tác giả ảnh.",
        "Remove an attached file from an article (the history keeps it).": "Gỡ một tệp đính kèm khỏi bài (lịch sử vẫn giữ tệp).",
        "Set, move or lift an article's embargo: no publication before that time.": "Đặt, dời hoặc bỏ lệnh cấm đăng: không bài nào được đăng trước thời điểm đó.",
        "Send an article back to its author, saying why.": "Trả bài về cho tác giả, kèm lý do.",
        "Retract a published article, saying why. Its text is kept (draft: true), never deleted.": "Gỡ bài đã xuất bản, kèm lý do. Nội dung được giữ lại (draft: true), không bao giờ xóa.",
        "Drop a draft for good, saying why. Its text is kept.": "Bỏ hẳn một bản nháp, kèm lý do. Nội dung được giữ lại.",
        "Publish a correction: the only way to change a published article's text.": "Đăng đính chính: cách duy nhất để sửa nội dung bài đã xuất bản.",
        "Take any transition of the workflow by name (for custom workflows).": "Làm một bước bất kỳ của quy trình theo tên (cho quy trình riêng).",
        "Copy a central newsroom repository to work on it here, offline too; `galley sync` exchanges steps.": "Sao chép kho trung tâm của tòa soạn để làm việc tại đây, cả khi không có mạng; `galley sync` trao đổi các bước.",
        "Exchange steps with the central repository: fetch, replay your steps on its tip, send them.": "Trao đổi các bước với kho trung tâm: tải về, áp lại các bước của bạn lên đầu kho, gửi đi.",
        "How this copy stands against the central repository (as of the last sync; works offline).": "Bản sao này so với kho trung tâm ra sao (tính đến lần sync gần nhất; chạy được khi không có mạng).",
        "Your steps that sync could not apply, kept aside: list, show, resolve or drop them.": "Các bước của bạn mà sync không áp được, đã giữ riêng: xem, giải quyết hoặc bỏ.",
        "List kept steps.": "Danh sách các bước đang giữ riêng.",
        "The article now, with your kept text merged in (both versions marked where they overlap).": "Bài hiện tại, có ghép nội dung bạn đang giữ (chỗ chồng nhau đánh dấu cả hai phiên bản).",
        "Apply a kept step again as a new step: its text merged into the current one (or --body-file), or the same transition if still allowed.": "Áp lại một bước đang giữ thành bước mới: ghép nội dung vào bản hiện tại (hoặc --body-file), hoặc làm lại bước đó nếu còn được phép.",
        "Forget a kept step (its commit stays readable in git until garbage collection).": "Bỏ một bước đang giữ (commit của nó vẫn đọc được trong git đến khi dọn rác).",
        "Replay the history and check every step against the rules in force at its time.": "Chạy lại lịch sử và kiểm tra từng bước theo quy định hiệu lực lúc đó.",
        "Show or check workflow definitions.": "Xem hoặc kiểm tra định nghĩa quy trình.",
        "The workflow in force: states and who may take each step.": "Quy trình đang hiệu lực: các trạng thái và ai được làm từng bước.",
        "Lint a workflow file (default: the one in force); exit 4 when it has errors.": "Kiểm tra một tệp quy trình (mặc định: tệp đang hiệu lực); mã thoát 4 khi có lỗi.",
        "Read or change newsroom settings in galley.yaml (changes: admins only).": "Xem hoặc đổi cấu hình tòa soạn trong galley.yaml (thay đổi: chỉ quản trị viên).",
        "Print a setting (name, language, timezone, branch, …).": "In một mục cấu hình (name, language, timezone, branch, …).",
        "Change a setting: one config commit by an admin.": "Đổi một mục cấu hình: một commit config của quản trị viên.",
        "Give an article to the person who should take its next step (or --clear it).":
            "Giao bài cho người cần làm bước tiếp theo (hoặc --clear để bỏ giao).",
        "Record a note on an article, changing nothing in it.": "Ghi một trao đổi về bài mà không thay đổi gì trong bài.",
        "Set the sections where a person's section-limited roles act (none: not limited).":
            "Đặt các chuyên mục mà vai trò giới hạn theo chuyên mục của một người được làm việc (không nêu: không giới hạn).",
    ]
}
