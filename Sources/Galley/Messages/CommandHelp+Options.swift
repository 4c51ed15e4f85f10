extension CommandHelp {
    /// The Vietnamese of every option's, flag's and argument's help line, keyed by its English.
    static let optionsVietnamese: [String: String] = [
        "The person's id.": "Mã của người đó.",
        "Clear the assignment.": "Bỏ giao bài.",
        "The file to attach.": "Tệp cần đính kèm.",
        "The name to store it under (cleaned the same way); default: the file's own name.":
            "Tên lưu tệp (cũng được làm sạch như vậy); mặc định: tên của chính tệp.",
        "The caption readers see under the photo.": "Chú thích bạn đọc thấy dưới ảnh.",
        "Who made it, e.g. \"Ảnh: Hà Ngọc\".": "Ai chụp hay làm ra, ví dụ \"Ảnh: Hà Ngọc\".",
        "What the image shows, for readers who cannot see it.": "Ảnh thể hiện gì, cho bạn đọc không nhìn thấy ảnh.",
        "A note for the record.": "Ghi chú lưu vào lịch sử.",
        "The article id.": "Mã bài.",
        "Output format.": "Định dạng kết quả.",
        "The setting's key.": "Tên mục cấu hình.",
        "The new value.": "Giá trị mới.",
        "The attached file's name.": "Tên tệp đính kèm.",
        "From this revision (commit or state).": "Từ phiên bản này (commit hoặc trạng thái).",
        "To this revision (commit or state; default: now).": "Đến phiên bản này (commit hoặc trạng thái; mặc định: hiện tại).",
        "Show every paragraph, not only the changed ones.": "Hiện mọi đoạn, không chỉ những đoạn thay đổi.",
        "The bare central repository.": "Kho trung tâm (bare).",
        "Id of the first admin (lowercase letters, digits, . _ -).": "Mã của quản trị viên đầu tiên (chữ thường, chữ số, . _ -).",
        "The admin's full name.": "Họ tên đầy đủ của quản trị viên.",
        "The admin's email (used as the commit author).": "Email của quản trị viên (dùng làm tác giả commit).",
        "Built-in workflow name or path of a workflow .yaml file.": "Tên quy trình có sẵn hoặc đường dẫn tệp quy trình .yaml.",
        "The newsroom's name.": "Tên tòa soạn.",
        "IANA time zone for article dates.": "Múi giờ IANA cho ngày giờ của bài.",
        "The admin's SSH public key (ed25519): a signed newsroom (signing: required), signed from this first commit.":
            "Khóa công khai SSH (ed25519) của quản trị viên: tòa soạn có ký số (signing: required), ký ngay từ commit đầu tiên này.",
        "Folder for the new repository (default: the current folder, which must be empty).":
            "Thư mục cho kho mới (mặc định: thư mục hiện tại, phải đang trống).",
        "Make a bare repository (no work tree), e.g. for a central repository or an editor's machine.":
            "Tạo kho bare (không có thư mục làm việc), ví dụ cho kho trung tâm hoặc máy của biên tập viên.",
        "Only this article's events.": "Chỉ các sự kiện của bài này.",
        "Only steps by this person (an id from people.yaml).": "Chỉ các bước do người này làm (mã trong people.yaml).",
        "Only steps taken in this role (reporter, editor, chief, admin, author …).":
            "Chỉ các bước làm với vai trò này (reporter, editor, chief, admin, author …).",
        "Only this transition (submit, approve, …, or Galley's own revise, people, config, init).":
            "Chỉ bước này (submit, approve, … hoặc các bước riêng của Galley: revise, people, config, init).",
        "Only steps that moved an article into this state (its name, or its label: \"Đã xuất bản\", \"da xuat ban\").":
            "Chỉ các bước đưa bài sang trạng thái này (tên hoặc nhãn của trạng thái: \"Đã xuất bản\", \"da xuat ban\").",
        "From this day (YYYY-MM-DD, newsroom time) or ISO 8601 time.": "Từ ngày này (YYYY-MM-DD, giờ tòa soạn) hoặc từ thời điểm ISO 8601.",
        "Up to this day (inclusive) or ISO 8601 time.": "Đến hết ngày này hoặc đến thời điểm ISO 8601.",
        "At most this many events (1 or more).": "Tối đa bấy nhiêu sự kiện (từ 1 trở lên).",
        "Output format: text, json, jsonl (one event per line) or csv.": "Định dạng kết quả: text, json, jsonl (mỗi sự kiện một dòng) hoặc csv.",
        "Markdown body from a file (- for standard input).": "Nội dung Markdown lấy từ tệp (- để đọc từ đầu vào chuẩn).",
        "Take title, byline and body from a news text as published (title line, date line, paragraphs, byline); TITLE is then optional.":
            "Lấy tiêu đề, dòng ký tên và nội dung từ một bản tin như khi đăng (dòng tiêu đề, dòng ngày, các đoạn, dòng ký tên); khi đó không cần TITLE.",
        "The headline.": "Tiêu đề bài.",
        "Section, e.g. thoi-su.": "Chuyên mục, ví dụ thoi-su.",
        "A tag (repeat for several).": "Một thẻ (lặp lại để thêm nhiều thẻ).",
        "Byline as printed, e.g. \"Bài và ảnh: Thanh Phú\" or \"Theo TTXVN\" (default: the author's pen name, else their name).":
            "Dòng ký tên như khi in, ví dụ \"Bài và ảnh: Thanh Phú\" hoặc \"Theo TTXVN\" (mặc định: bút danh của tác giả, không có thì tên).",
        "The user name the central git server authenticates them by, when it is not their id.":
            "Tên đăng nhập mà máy chủ git trung tâm dùng để xác thực người này, khi khác với mã của họ.",
        "Their bút danh, the byline their articles carry by default.": "Bút danh, dòng ký tên mặc định trên các bài của người này.",
        "Their id: lowercase letters, digits, . _ -": "Mã của người đó: chữ thường, chữ số, . _ -",
        "Full name, as bylines and commits show it.": "Họ tên đầy đủ, như hiện trên dòng ký tên và commit.",
        "Email (commit author; git's user.email finds them).": "Email (tác giả commit; user.email của git tìm ra người này).",
        "A role from the workflow (repeat for several).": "Một vai trò trong quy trình (lặp lại để thêm nhiều vai trò).",
        "An SSH public key file (.pub) they sign with (repeat for several).":
            "Tệp khóa công khai SSH (.pub) người này dùng để ký (lặp lại để thêm nhiều khóa).",
        "Their public key file (.pub).": "Tệp khóa công khai (.pub) của người đó.",
        "The key's fingerprint, SHA256:….": "Dấu vân tay của khóa, SHA256:….",
        "Their login on the git server (omit with --clear).": "Tên đăng nhập trên máy chủ git (bỏ trống khi dùng --clear).",
        "Go back to the person's id as their login.": "Dùng lại mã của người đó làm tên đăng nhập.",
        "Read the password from standard input (required: it never goes on the command line).":
            "Đọc mật khẩu từ đầu vào chuẩn (bắt buộc: mật khẩu không bao giờ nằm trên dòng lệnh).",
        "Also make and register the person's desk key, sealed with this password (automatic with signing: required).":
            "Tạo và đăng ký luôn khóa bàn biên tập của người đó, khóa bằng mật khẩu này (tự động khi signing: required).",
        "Section keys or labels from galley.yaml.": "Mã hoặc nhãn chuyên mục trong galley.yaml.",
        "Everything you may do, not only what waits for you.": "Mọi việc bạn được làm, không chỉ việc đang chờ bạn.",
        "At most this many articles (1 or more).": "Tối đa bấy nhiêu bài (từ 1 trở lên).",
        "Output format: text, json or csv.": "Định dạng kết quả: text, json hoặc csv.",
        "Only articles in this state (a name such as submitted, or its label).": "Chỉ các bài ở trạng thái này (tên như submitted, hoặc nhãn).",
        "Only articles by this author (person id).": "Chỉ các bài của tác giả này (mã người).",
        "Only articles in this section (its key or label).": "Chỉ các bài thuộc chuyên mục này (mã hoặc nhãn).",
        "Only what is coming: published articles whose publishDate (publish --at) is still ahead, soonest first.":
            "Chỉ các bài hẹn giờ: bài đã xuất bản mà publishDate (publish --at) chưa tới, bài sớm nhất trước.",
        "The login of the person this key belongs to: their id in people.yaml, or their `login` when they have one.":
            "Tên đăng nhập của người sở hữu khóa này: mã trong people.yaml, hoặc `login` nếu họ có.",
        "The newsroom repositories this key may reach (absolute paths).": "Các kho tòa soạn mà khóa này được truy cập (đường dẫn tuyệt đối).",
        "New Markdown body from a file (- for standard input).": "Nội dung Markdown mới lấy từ tệp (- để đọc từ đầu vào chuẩn).",
        "New title (the id stays).": "Tiêu đề mới (mã bài giữ nguyên).",
        "Words to find.": "Các từ cần tìm.",
        "Only articles in this state (a name, or its label).": "Chỉ các bài ở trạng thái này (tên hoặc nhãn).",
        "Only articles in this section.": "Chỉ các bài thuộc chuyên mục này.",
        "At most this many results (1 or more).": "Tối đa bấy nhiêu kết quả (từ 1 trở lên).",
        "Address and port to listen on (port 0: any free one).": "Địa chỉ và cổng để lắng nghe (cổng 0: cổng trống bất kỳ).",
        "Sign in the person whose people.yaml login this header names, without a password, on requests from a --proxy-address.":
            "Đăng nhập không cần mật khẩu cho người có tên đăng nhập (trong people.yaml) ghi ở header này, với yêu cầu đến từ --proxy-address.",
        "A proxy's IP address whose headers are believed (repeat for several); with it, --trust-proxy believes only these.":
            "Địa chỉ IP của một proxy được tin header (lặp lại để thêm nhiều địa chỉ); khi có tùy chọn này, --trust-proxy chỉ tin các địa chỉ đó.",
        "Mark cookies Secure (the desk is reached over https).": "Đánh dấu cookie là Secure (bàn biên tập được truy cập qua https).",
        "Believe X-Forwarded-Proto and X-Forwarded-For (only behind a proxy that sets them).":
            "Tin các header X-Forwarded-Proto và X-Forwarded-For (chỉ dùng khi đứng sau một proxy có đặt chúng).",
        "The article id (or a beginning of it no other id shares).": "Mã bài (hoặc phần đầu của mã, không trùng với mã khác).",
        "A revision (commit) to show it at.": "Xem bài ở phiên bản (commit) này.",
        "The corrected body (required in a bare repository; else the work tree's index.md by default; - for standard input).":
            "Nội dung đã đính chính (bắt buộc với kho bare; nếu không, mặc định là index.md trong thư mục làm việc; - để đọc từ đầu vào chuẩn).",
        "The corrected headline.": "Tiêu đề đã đính chính.",
        "An attached photo this correction replaces (its name as `galley show` lists it).":
            "Ảnh đính kèm mà lần đính chính này thay thế (tên như `galley show` liệt kê).",
        "The photo that replaces it.": "Ảnh thay thế.",
        "The new photo's caption.": "Chú thích của ảnh mới.",
        "The new photo's credit.": "Tác giả của ảnh mới.",
        "The new photo's description for readers who cannot see it.": "Mô tả ảnh mới cho bạn đọc không nhìn thấy ảnh.",
        "No publication before this time (newsroom time zone).": "Không được đăng trước thời điểm này (múi giờ tòa soạn).",
        "Lift the embargo.": "Bỏ lệnh cấm đăng.",
        "Show it from this time (newsroom time zone), e.g. \"2026-12-02 06:00\".":
            "Hiện bài từ thời điểm này (múi giờ tòa soạn), ví dụ \"2026-12-02 06:00\".",
        "A note for the record, saying why (required where the workflow asks for one).":
            "Ghi chú lưu vào lịch sử, nói rõ lý do (bắt buộc ở những bước quy trình yêu cầu).",
        "New body, for transitions that carry text.": "Nội dung mới, cho những bước có kèm nội dung.",
        "For a publication: show it from this time (newsroom time zone), as publish --at.":
            "Với bước xuất bản: hiện bài từ thời điểm này (múi giờ tòa soạn), như publish --at.",
        "The transition's name in workflow.yaml.": "Tên của bước trong workflow.yaml.",
        "The central repository.": "Kho trung tâm.",
        "Where to put the copy (default: named after the URL).": "Nơi đặt bản sao (mặc định: đặt tên theo URL).",
        "Check the articles out as files (reporters editing in their own editor).":
            "Lấy các bài ra thành tệp (cho phóng viên sửa bằng trình soạn thảo của mình).",
        "Which kept step (default: the oldest).": "Bước đang giữ nào (mặc định: bước cũ nhất).",
        "The body to save instead of the automatic merge (after editing `conflicts show`).":
            "Nội dung để lưu thay cho bản ghép tự động (sau khi sửa kết quả của `conflicts show`).",
        "Trust this commit and check only what came after it.": "Tin cậy commit này, chỉ kiểm tra các commit đến sau nó.",
        "A workflow .yaml file, or a built-in name (standard, three-level, simple).":
            "Tệp quy trình .yaml, hoặc tên quy trình có sẵn (standard, three-level, simple).",
        "The source's link, an http(s) address (\"\" removes it).": "Đường dẫn tới nguồn, một địa chỉ http(s) (\"\" để xóa).",
        "The sapo: the lead paragraph under the headline, one line (\"\" removes it).": "Sapo: đoạn dẫn dưới tiêu đề, một dòng (\"\" để xóa).",
        "The source as printed, e.g. \"Theo TTXVN\" (\"\" removes it).": "Nguồn như khi in, ví dụ \"Theo TTXVN\" (\"\" để xóa).",
        "The newsroom repository (work tree or git dir, bare works too). Default: found from the current directory upwards, like git.":
            "Kho của tòa soạn (thư mục làm việc hoặc thư mục git, kho bare cũng được). Mặc định: tìm từ thư mục hiện tại trở lên, như git.",
        "The person acting, by id from people.yaml. Default: $GALLEY_USER, else the person whose email is git's user.email (work trees only).":
            "Người thực hiện, theo mã trong people.yaml. Mặc định: $GALLEY_USER, nếu không thì người có email trùng user.email của git (chỉ với thư mục làm việc).",
        "Language of messages: vi or en (default: $GALLEY_LANG, the locale, then galley.yaml's language)":
            "Ngôn ngữ thông báo: vi hoặc en (mặc định: $GALLEY_LANG, rồi ngôn ngữ hệ thống, rồi language trong galley.yaml)",
    ]
}
