/// The discussion of each command's `--help` (below the usage), in both languages: one
/// case a command, so the English is written once, beside its Vietnamese. Prose is translated;
/// command examples stay as they are.
public enum CommandDiscussion: Sendable, CaseIterable {
    case approve
    case assign
    case attach
    case clone
    case comment
    case correct
    case detach
    case diff
    case edit
    case embargo
    case hook
    case initialize
    case log
    case new
    case people
    case peopleAdd
    case peopleAllowedSigners
    case peopleKey
    case peopleKeyAdd
    case peopleLogin
    case peoplePassword
    case peopleSections
    case publish
    case queue
    case list
    case reject
    case retract
    case save
    case search
    case serve
    case show
    case spike
    case sshEntry
    case submit
    case sync
    case transition
    case verify
    case workflowCheck
}

extension CommandHelp {
    /// The discussion of `command` in `language`.
    public static func discussion(_ command: CommandDiscussion, in language: Language) -> String {
        let texts = discussionTexts(command)
        return language == .vi ? texts.vietnamese : texts.english
    }

    private static func discussionTexts(_ command: CommandDiscussion) -> (english: String, vietnamese: String) {
        switch command {
        case .approve:
            return (
                english: "In the standard workflow an editor approves a submitted article (→ edited), then the editor-in-chief (not its author, not the editor who approved this round) approves it (→ approved). A note is optional.",
                vietnamese: "Trong quy trình standard, biên tập viên duyệt bài đã gửi (→ edited), rồi tổng biên tập (không phải tác giả, không phải biên tập viên đã duyệt vòng này) duyệt bài (→ approved). Ghi chú không bắt buộc.")
        case .assign:
            return (
                english: """
                The desk assigns: whoever approves or publishes in the workflow (in standard, editors and the \
                chief). The person must be active and able to take the next step that moves the article on (on a \
                published article: any step, a correction); a \
                refusal lists who can. The assignee is recorded in the front matter (assignee:); the state \
                does not change. A step that moves the article to another state clears it; `queue` lists \
                what is assigned to you first.

                Example: galley assign cau-dong-lac --to hangoc -m "Anh xem gấp giúp em"
                """,
                vietnamese: """
                Bàn biên tập giao bài: người duyệt hoặc xuất bản trong quy trình (với quy trình standard: biên tập viên \
                và tổng biên tập). Người được giao phải đang hoạt động và làm được bước tiếp theo đưa bài đi tiếp (với \
                bài đã xuất bản: bước bất kỳ, như đính chính); nếu bị từ chối, lệnh liệt kê những ai làm được. \
                Người được giao ghi trong phần đầu bài (assignee:); trạng thái bài không đổi. Bước nào chuyển bài \
                sang trạng thái khác thì xóa việc giao; `queue` liệt kê trước những bài giao cho bạn.

                Ví dụ: galley assign cau-dong-lac --to hangoc -m "Anh xem gấp giúp em"
                """)
        case .attach:
            return (
                english: """
                The file goes into the article's folder beside index.md (a Hugo page bundle) and is listed in the \
                front matter's resources: with its caption (title), credit and alt text, so a site shows it under \
                the article. Allowed exactly where editing the text is. JPEG, PNG, WebP, GIF and PDF are accepted, \
                recognised by their content; the name is cleaned (lowercase, no marks, no spaces) and given the \
                extension of its real kind; galley.yaml's attachment_max_mb (default 20) limits the size.

                Example: galley attach cau-dong-lac ~/Ảnh/Cầu Đồng Lạc.jpg --caption "Cầu Đồng Lạc sau lũ" --credit "Ảnh: Hà Ngọc"
                """,
                vietnamese: """
                Tệp được đặt trong thư mục của bài, cạnh index.md (page bundle của Hugo), và ghi vào mục resources: \
                của phần đầu bài cùng chú thích (title), tác giả ảnh (credit) và mô tả (alt), để trang web hiện nó dưới \
                bài. Được làm ở đúng những chỗ được sửa nội dung. Nhận JPEG, PNG, WebP, GIF và PDF, nhận biết qua nội \
                dung tệp; tên tệp được làm sạch (chữ thường, bỏ dấu, bỏ khoảng trắng) và mang phần mở rộng đúng với \
                loại thật; attachment_max_mb trong galley.yaml (mặc định 20) giới hạn dung lượng.

                Ví dụ: galley attach cau-dong-lac ~/Ảnh/Cầu Đồng Lạc.jpg --caption "Cầu Đồng Lạc sau lũ" --credit "Ảnh: Hà Ngọc"
                """)
        case .clone:
            return (
                english: """
                URL: a path, file://, git://, ssh:// or http(s)://. The copy is bare (no files on disk, \
                which editors need not have) unless --work-tree. Over http(s) the password comes from \
                git's credential helpers (git config --global credential.helper …), asked once as git \
                asks; the server's certificate must be signed by a CA of the system's store, or of the \
                file GIT_SSL_CAINFO or git's http.sslCAInfo names.

                Examples:
                  galley clone https://hangoc@git.toasoan.vn/git/toa-soan.git
                  galley clone ssh://git@git.toasoan.vn/srv/git/toa-soan.git --work-tree
                """,
                vietnamese: """
                URL: đường dẫn, file://, git://, ssh:// hoặc http(s)://. Bản sao là kho bare (không có tệp trên \
                đĩa, biên tập viên không cần đến) trừ khi có --work-tree. Qua http(s), mật khẩu lấy từ các \
                credential helper của git (git config --global credential.helper …), hỏi một lần như git vẫn \
                hỏi; chứng chỉ của máy chủ phải do một CA trong kho chứng chỉ của hệ thống ký, hoặc CA trong \
                tệp mà GIT_SSL_CAINFO hay http.sslCAInfo của git chỉ tới.

                Ví dụ:
                  galley clone https://hangoc@git.toasoan.vn/git/toa-soan.git
                  galley clone ssh://git@git.toasoan.vn/srv/git/toa-soan.git --work-tree
                """)
        case .comment:
            return (
                english: """
                An exchange between the desk and the reporter, kept in the history: a commit with the note \
                and the same files as before, in any state. For anyone working on the article: its author, \
                its assignee, those who approved or corrected it, the desk (who approves or publishes), and \
                anyone who may take a step on it now. `show` lists the notes of the current round, `log` every one.

                Example: galley comment cau-dong-lac -m "Đã gọi lại cho nguồn, chờ xác nhận số liệu"
                """,
                vietnamese: """
                Một trao đổi giữa bàn biên tập và phóng viên, lưu trong lịch sử: một commit mang ghi chú và giữ \
                nguyên các tệp, ở trạng thái nào cũng được. Dành cho mọi người đang làm với bài: tác giả, người \
                được giao, những người đã duyệt hay đính chính bài, bàn biên tập (người duyệt hoặc xuất bản), và \
                bất kỳ ai đang được làm một bước với bài. `show` liệt kê các ghi chú của vòng hiện tại, `log` liệt kê tất cả.

                Ví dụ: galley comment cau-dong-lac -m "Đã gọi lại cho nguồn, chờ xác nhận số liệu"
                """)
        case .correct:
            return (
                english: """
                The note (-m, required) says what was corrected. The new text is --body-file's, or else the work \
                tree's index.md as you edited it; --title corrects a wrong headline, alone or with the text. \
                The correction is appended to the article's corrections: list with its notice for readers \
                (the wrong and the corrected passages, the original title, section and publication time), \
                which a site prints under the article (Press Law 2016, art. 42). \
                --replace-photo NAME --photo FILE puts a new photo in place of a wrong one (checked as attach \
                checks it; the old one stays in the history), with the text or alone.
                """,
                vietnamese: """
                Ghi chú (-m, bắt buộc) nói rõ đã đính chính gì. Nội dung mới lấy từ --body-file, nếu không thì từ \
                index.md trong thư mục làm việc như bạn đã sửa; --title sửa một tiêu đề sai, riêng hoặc cùng nội dung. \
                Lần đính chính được thêm vào danh sách corrections: của bài, kèm thông báo cho bạn đọc \
                (đoạn sai và đoạn đã sửa, tiêu đề gốc, chuyên mục và thời điểm đăng), để trang web in dưới bài \
                (Luật Báo chí 2016, Điều 42). \
                --replace-photo NAME --photo FILE đặt ảnh mới vào chỗ một ảnh sai (kiểm tra như attach; \
                ảnh cũ vẫn còn trong lịch sử), cùng nội dung hoặc riêng.
                """)
        case .detach:
            return (
                english: "NAME is the file's name as `galley show` lists it. Allowed exactly where editing the text is.",
                vietnamese: "NAME là tên tệp như `galley show` liệt kê. Được làm ở đúng những chỗ được sửa nội dung.")
        case .diff:
            return (
                english: """
                FROM and TO are commits, or state names meaning the revision at which the article last \
                entered that state. Default: from the reporter's last submission to now — what the editors changed.
                Every front-matter field that changed comes first, one line each (title, byline, section, \
                tags, extra keys, and the workflow's record: state, approvals …), then the body's changed paragraphs. \
                Deleted words are shown [-like this-], inserted ones {+like this+}; on a terminal in colour \
                (NO_COLOR or a pipe turns colour off).

                Examples:
                  galley diff ID                  what the editors changed since submission
                  galley diff ID submitted edited
                  galley diff ID 4f2a9c1 --format json
                """,
                vietnamese: """
                FROM và TO là commit, hoặc tên trạng thái, nghĩa là phiên bản lúc bài vào trạng thái đó lần gần \
                nhất. Mặc định: từ lần gửi gần nhất của phóng viên đến hiện tại — tức những gì biên tập viên đã sửa.
                Mọi trường trong phần đầu bài có thay đổi được liệt kê trước, mỗi trường một dòng (tiêu đề, dòng ký \
                tên, chuyên mục, thẻ, các khóa thêm, và phần ghi của quy trình: trạng thái, lượt duyệt …), sau đó là \
                các đoạn thay đổi của nội dung. Chữ bị xóa hiện [-như thế này-], chữ thêm vào {+như thế này+}; trên \
                terminal thì có màu (NO_COLOR hoặc chuyển qua pipe sẽ tắt màu).

                Ví dụ:
                  galley diff ID                  những gì biên tập viên đã sửa từ lúc gửi
                  galley diff ID submitted edited
                  galley diff ID 4f2a9c1 --format json
                """)
        case .edit:
            return (
                english: """
                With a work tree the article's own file is opened; in a bare repository a temporary \
                copy is. --summary, --source and --source-url, when given, replace those fields of what \
                the editor gives back. If the revision is refused, your text is kept (the path is printed).
                """,
                vietnamese: """
                Với thư mục làm việc, lệnh mở chính tệp của bài; với kho bare, lệnh mở một bản sao tạm. \
                --summary, --source và --source-url, nếu có, thay các trường đó trong bản trình soạn thảo \
                trả về. Nếu bản sửa bị từ chối, nội dung của bạn vẫn được giữ (lệnh in ra đường dẫn).
                """)
        case .embargo:
            return (
                english: """
                Editors and the chief (whoever approves or publishes in the workflow) set it on an article not yet \
                published; the state does not change. --until is read in the newsroom's time zone like publish --at. \
                Then publish refuses to take effect before it: publish later, or with --at the embargo's time.

                Example: galley embargo cau-dong-lac --until "2026-12-02 06:00" -m "Theo yêu cầu của Bộ"
                """,
                vietnamese: """
                Biên tập viên và tổng biên tập (người duyệt hoặc xuất bản trong quy trình) đặt lệnh này cho bài \
                chưa xuất bản; trạng thái không đổi. --until tính theo múi giờ tòa soạn như publish --at. \
                Sau đó publish từ chối có hiệu lực trước thời điểm ấy: hãy xuất bản sau, hoặc dùng --at đúng giờ hết cấm đăng.

                Ví dụ: galley embargo cau-dong-lac --until "2026-12-02 06:00" -m "Theo yêu cầu của Bộ"
                """)
        case .hook:
            return (
                english: """
                Installs a pre-receive hook that replays exactly the pushed range against the rules \
                in force (the old tip trusted) and refuses the push with the violations; it also \
                refuses non-fast-forward updates, merges and deleting the newsroom branch. Turns on \
                core.logAllRefUpdates=always and receive.fsckObjects=true.

                This binds everyone who pushes over git://, ssh:// or http. A push to a local path \
                runs no hooks: that protects against mistakes, not against a hostile client.

                Example: galley hook install /srv/git/toa-soan.git
                """,
                vietnamese: """
                Cài một hook pre-receive, chạy lại đúng đoạn lịch sử được đẩy lên theo các quy định đang hiệu \
                lực (tin đầu nhánh cũ) và từ chối lần đẩy kèm các vi phạm; hook cũng từ chối cập nhật không \
                fast-forward, commit merge và việc xóa nhánh của tòa soạn. Bật core.logAllRefUpdates=always \
                và receive.fsckObjects=true.

                Hook ràng buộc mọi người đẩy lên qua git://, ssh:// hoặc http. Đẩy vào một đường dẫn trên máy \
                thì không chạy hook nào: việc đó chỉ chống nhầm lẫn, không chống được máy khách có ý đồ xấu.

                Ví dụ: galley hook install /srv/git/toa-soan.git
                """)
        case .initialize:
            return (
                english: """
                Lays out galley.yaml (newsroom settings), workflow.yaml (the rules, copied from a \
                built-in workflow or a file), people.yaml (staff, starting with the admin) and a README, \
                as one commit by the admin. PATH must be new or empty.

                Built-in workflows: standard (phóng viên → biên tập viên → tổng biên tập), \
                three-level (… → trưởng ban → thư ký tòa soạn → tổng biên tập), simple (draft → review → published).

                --admin-key FILE.pub makes a signed newsroom: the admin's public key is their active key in \
                people.yaml, galley.yaml says signing: required, and this first commit is already signed with the \
                matching private key, found like every later step finds it (GALLEY_SIGNING_KEY, else git config \
                galley.signingKey, else user.signingkey with gpg.format ssh). Without it, nothing is created.

                Example: galley init toa-soan --admin quantri --admin-name "Nguyễn Quản Trị" --name "Báo Mẫu"
                Signed: GALLEY_SIGNING_KEY=~/.ssh/id_ed25519 galley init toa-soan --admin quantri \
                --admin-name "Nguyễn Quản Trị" --admin-key ~/.ssh/id_ed25519.pub
                """,
                vietnamese: """
                Tạo galley.yaml (cấu hình tòa soạn), workflow.yaml (các quy định, chép từ một quy trình có sẵn \
                hoặc từ tệp), people.yaml (nhân sự, bắt đầu bằng quản trị viên) và một README, trong một commit \
                của quản trị viên. PATH phải là thư mục mới hoặc đang trống.

                Các quy trình có sẵn: standard (phóng viên → biên tập viên → tổng biên tập), \
                three-level (… → trưởng ban → thư ký tòa soạn → tổng biên tập), simple (nháp → duyệt → đã đăng).

                --admin-key FILE.pub tạo một tòa soạn có ký số: khóa công khai của quản trị viên là khóa đang dùng \
                của họ trong people.yaml, galley.yaml ghi signing: required, và ngay commit đầu tiên này đã được ký \
                bằng khóa bí mật tương ứng, tìm như mọi bước về sau (GALLEY_SIGNING_KEY, nếu không thì git config \
                galley.signingKey, nếu không thì user.signingkey với gpg.format ssh). Không tìm được khóa thì không tạo gì.

                Ví dụ: galley init toa-soan --admin quantri --admin-name "Nguyễn Quản Trị" --name "Báo Mẫu"
                Có ký số: GALLEY_SIGNING_KEY=~/.ssh/id_ed25519 galley init toa-soan --admin quantri \
                --admin-name "Nguyễn Quản Trị" --admin-key ~/.ssh/id_ed25519.pub
                """)
        case .log:
            return (
                english: """
                Events come from the commits' Galley trailers, in branch order (steps taken in the same \
                second keep their order). A commit that changed articles without Galley (plain git) is \
                listed too, marked outside the workflow.

                Examples:
                  galley log kiem-tra-cong-tac-dan-van            one article's life
                  galley log --actor hangoc --since 2026-11-01 --format csv > hangoc.csv
                  galley log --state "da xuat ban" --limit 10

                A person, state or transition the newsroom does not have is refused (exit 3) with \
                those it has; ID may be any beginning of an id that no other id shares.
                """,
                vietnamese: """
                Các sự kiện lấy từ trailer Galley của các commit, theo thứ tự trên nhánh (các bước làm trong \
                cùng một giây giữ nguyên thứ tự). Commit nào sửa bài mà không qua Galley (git thuần) cũng được \
                liệt kê, có đánh dấu là ngoài quy trình.

                Ví dụ:
                  galley log kiem-tra-cong-tac-dan-van            cả đời một bài
                  galley log --actor hangoc --since 2026-11-01 --format csv > hangoc.csv
                  galley log --state "da xuat ban" --limit 10

                Người, trạng thái hay bước mà tòa soạn không có sẽ bị từ chối (mã thoát 3), kèm danh sách những \
                cái đang có; ID có thể là bất kỳ phần đầu nào của mã bài không trùng với mã khác.
                """)
        case .new:
            return (
                english: """
                The id is made once from the title: Vietnamese letters folded to ASCII (đ → d), \
                lowercase, hyphens; -2, -3 … when taken. Renaming the title later never changes it. \
                The article is written to articles/YYYY/MM/DD/<id>/index.md, in state draft.

                Example: galley new "Kiểm tra công tác dân vận" --section thoi-su --tag "dân vận" --body-file bai.md
                """,
                vietnamese: """
                Mã bài được tạo một lần từ tiêu đề: chữ Việt chuyển về ASCII (đ → d), chữ thường, nối bằng \
                gạch ngang; thêm -2, -3 … nếu đã có. Đổi tiêu đề về sau không bao giờ làm đổi mã. \
                Bài được ghi vào articles/YYYY/MM/DD/<id>/index.md, ở trạng thái nháp (draft).

                Ví dụ: galley new "Kiểm tra công tác dân vận" --section thoi-su --tag "dân vận" --body-file bai.md
                """)
        case .people:
            return (
                english: """
                people.yaml lists everyone who may act in this newsroom with their roles. Each change \
                is a commit by an admin, judged by the people file in force before it. A deactivated \
                person stays listed so the history still names them.
                """,
                vietnamese: """
                people.yaml liệt kê mọi người được làm việc trong tòa soạn này cùng vai trò của họ. Mỗi thay \
                đổi là một commit của quản trị viên, được xét theo tệp nhân sự hiệu lực trước đó. Người bị vô \
                hiệu hóa vẫn có tên trong danh sách để lịch sử còn gọi được tên họ.
                """)
        case .peopleAdd:
            return (
                english: "Example: galley --as quantri people add thanhphu --name \"Thanh Phú\" --email phu@example.vn --role reporter",
                vietnamese: "Ví dụ: galley --as quantri people add thanhphu --name \"Thanh Phú\" --email phu@example.vn --role reporter")
        case .peopleAllowedSigners:
            return (
                english: """
                For auditing with stock git:
                  galley people allowed-signers > signers
                  git -c gpg.ssh.allowedSignersFile=signers log --show-signature
                git judges a revoked key by the commit's own date; galley verify judges it by the \
                people.yaml in force before the commit.
                """,
                vietnamese: """
                Để kiểm tra bằng git thông thường:
                  galley people allowed-signers > signers
                  git -c gpg.ssh.allowedSignersFile=signers log --show-signature
                git xét một khóa đã thu hồi theo ngày của chính commit; galley verify xét theo people.yaml \
                hiệu lực trước commit đó.
                """)
        case .peopleKey:
            return (
                english: """
                Keys are ed25519 public keys (ssh-keygen -t ed25519). A revoked key stays listed with the \
                time it stopped being valid, so steps signed while it was active still verify.
                """,
                vietnamese: """
                Khóa là khóa công khai ed25519 (ssh-keygen -t ed25519). Khóa đã thu hồi vẫn có trong danh sách, \
                kèm thời điểm hết hiệu lực, để các bước ký lúc khóa còn hiệu lực vẫn kiểm tra được.
                """)
        case .peopleKeyAdd:
            return (
                english: "Example: galley --as quantri people key add thanhphu ~/phu_ed25519.pub",
                vietnamese: "Ví dụ: galley --as quantri people key add thanhphu ~/phu_ed25519.pub")
        case .peopleLogin:
            return (
                english: """
                A server that authenticates pushes (a web server's basic authentication, gitolite, \
                Gitea, GitLab, galley ssh-entry) names the pusher; the pre-receive hook then requires \
                every unsigned step in the push to be that person's. By default a person's login is \
                their id; give another when the server's accounts are named differently.

                Example: galley --as quantri people login hangoc ngoc.ha
                """,
                vietnamese: """
                Máy chủ có xác thực lần đẩy (basic authentication của máy chủ web, gitolite, Gitea, GitLab, \
                galley ssh-entry) cho biết ai đẩy lên; khi đó hook pre-receive đòi mọi bước chưa ký trong lần \
                đẩy phải là của chính người đó. Mặc định tên đăng nhập của một người là mã của họ; hãy đặt tên \
                khác khi tài khoản trên máy chủ mang tên khác.

                Ví dụ: galley --as quantri people login hangoc ngoc.ha
                """)
        case .peoplePassword:
            return (
                english: """
                Reads the password from standard input (its first line). An admin sets anyone's \
                (an initial one); anyone may change their own. The hash (scrypt, a salt per password) \
                is kept in the git dir, in galley/passwords (mode 0600): never in people.yaml, never \
                in a commit, so clones and pushes never carry it.

                --desk-key also makes the person a desk key: an ed25519 key pair whose public \
                half is added to people.yaml (a people commit) and whose private half is sealed \
                with the password in galley/desk-keys, so the web desk signs their steps with a \
                key of their own. In a newsroom with signing: required an admin gets one made \
                without asking (a desk step there must be signed); a person who already has \
                one and whose password an admin resets gets a new one (the old one cannot be \
                opened), the old key revoked but still listed so what it signed still verifies.

                Example: printf '%s\\n' 'mật khẩu dài' | galley --as quantri people password thanhphu --stdin
                """,
                vietnamese: """
                Đọc mật khẩu từ đầu vào chuẩn (dòng đầu tiên). Quản trị viên đặt được mật khẩu của bất kỳ ai \
                (mật khẩu ban đầu); mỗi người tự đổi được mật khẩu của mình. Mã băm (scrypt, mỗi mật khẩu một \
                salt) được giữ trong thư mục git, ở galley/passwords (quyền 0600): không bao giờ nằm trong \
                people.yaml hay trong commit, nên bản sao và lần đẩy không bao giờ mang theo.

                --desk-key tạo thêm cho người đó một khóa bàn biên tập: một cặp khóa ed25519, nửa công khai \
                được thêm vào people.yaml (một commit people), nửa bí mật được khóa bằng mật khẩu trong \
                galley/desk-keys, để bàn biên tập trên web ký các bước của họ bằng khóa riêng của họ. Ở tòa \
                soạn có signing: required, quản trị viên được tạo khóa mà không cần yêu cầu (bước trên bàn \
                biên tập ở đó phải được ký); người đã có khóa mà được quản trị viên đặt lại mật khẩu sẽ nhận \
                khóa mới (khóa cũ không mở được nữa), khóa cũ bị thu hồi nhưng vẫn có trong danh sách để những \
                gì nó đã ký vẫn kiểm tra được.

                Ví dụ: printf '%s\\n' 'mật khẩu dài' | galley --as quantri people password thanhphu --stdin
                """)
        case .peopleSections:
            return (
                english: """
                A workflow's section_roles (three-level: section-editor) take steps and edit only on articles \
                in the person's sections. Give galley.yaml's section keys or labels; give none to lift the limit.

                Example: galley people sections trungban kinh-te "Thời sự"
                """,
                vietnamese: """
                Các vai trò theo chuyên mục (section_roles) của quy trình (three-level: section-editor) chỉ làm \
                bước và sửa bài thuộc chuyên mục của người đó. Nêu mã hoặc nhãn chuyên mục trong galley.yaml; \
                không nêu chuyên mục nào để bỏ giới hạn.

                Ví dụ: galley people sections trungban kinh-te "Thời sự"
                """)
        case .publish:
            return (
                english: """
                --at schedules it: the article is published now in the workflow, and its front matter's publishDate \
                (Hugo's) keeps a site built before that time from showing it. The time is read in the newsroom's \
                time zone: "2026-12-02 06:00", "2026-12-02" (midnight) or ISO 8601 with an offset. \
                A publication before the article's embargo is refused.
                """,
                vietnamese: """
                --at hẹn giờ: bài được xuất bản ngay trong quy trình, còn publishDate (của Hugo) trong phần đầu \
                bài khiến trang web dựng trước thời điểm đó không hiện bài. Thời điểm tính theo múi giờ tòa soạn: \
                "2026-12-02 06:00", "2026-12-02" (nửa đêm) hoặc ISO 8601 có độ lệch múi giờ. \
                Xuất bản trước giờ cấm đăng của bài sẽ bị từ chối.
                """)
        case .queue:
            return (
                english: """
                An article waits for you when you may take a step that moves it on toward publication \
                (submit, approve, publish); what else you may do there (send it back) is listed with it. \
                Published articles wait for nobody: --all lists them too, with every article where you may \
                take any step (retract, correct, spike) or edit the text.
                """,
                vietnamese: """
                Một bài đang chờ bạn khi bạn được làm một bước đưa bài đi tiếp tới xuất bản (submit, approve, \
                publish); những việc khác bạn được làm ở đó (trả bài) được liệt kê kèm theo. Bài đã xuất bản \
                không chờ ai: --all liệt kê cả chúng, cùng mọi bài mà bạn được làm bất kỳ bước nào (retract, \
                correct, spike) hoặc được sửa nội dung.
                """)
        case .list:
            return (
                english: """
                A state may be given by its name or its label, without regard to case or Vietnamese \
                marks ("Đã xuất bản", "da xuat ban"), and so may a section listed in galley.yaml \
                ("Thời sự", "thoi su" → thoi-su); a state, author or section the newsroom does not have is \
                refused (exit 3) with those it has. Without a sections list, sections are taken as written.

                Examples:
                  galley list --state submitted --section thoi-su
                  galley list --author thanhphu --limit 20 --format csv > bai.csv
                  galley list --scheduled
                """,
                vietnamese: """
                Trạng thái có thể nêu bằng tên hoặc nhãn, không phân biệt hoa thường hay dấu tiếng Việt \
                ("Đã xuất bản", "da xuat ban"), chuyên mục có trong galley.yaml cũng vậy ("Thời sự", "thoi su" \
                → thoi-su); trạng thái, tác giả hay chuyên mục mà tòa soạn không có sẽ bị từ chối (mã thoát 3), \
                kèm danh sách những cái đang có. Nếu không có danh sách chuyên mục, chuyên mục được lấy đúng như viết.

                Ví dụ:
                  galley list --state submitted --section thoi-su
                  galley list --author thanhphu --limit 20 --format csv > bai.csv
                  galley list --scheduled
                """)
        case .reject:
            return (
                english: "The note (-m) is required: it says why the article goes back.",
                vietnamese: "Ghi chú (-m) là bắt buộc: nói rõ vì sao trả bài.")
        case .retract:
            return (
                english: "The note (-m) is required: it says why the article is retracted.",
                vietnamese: "Ghi chú (-m) là bắt buộc: nói rõ vì sao gỡ bài.")
        case .save:
            return (
                english: """
                The new text comes from --body-file, or else from the work tree's copy of the article \
                (edit articles/…/<id>/index.md, then run galley save ID). Title, byline, section, summary, \
                source, tags and body may change; id, state, author and created may not. No change, no commit. \
                Allowed only where the workflow lets you edit (e.g. the author in draft, editors in submitted).
                """,
                vietnamese: """
                Nội dung mới lấy từ --body-file, nếu không thì từ bản của bài trong thư mục làm việc \
                (sửa articles/…/<id>/index.md, rồi chạy galley save ID). Tiêu đề, dòng ký tên, chuyên mục, sapo, \
                nguồn, thẻ và nội dung được đổi; mã bài, trạng thái, tác giả và ngày tạo thì không. Không có thay \
                đổi thì không có commit. Chỉ làm được ở nơi quy trình cho sửa (ví dụ tác giả khi bài là nháp, \
                biên tập viên khi bài đã gửi).
                """)
        case .search:
            return (
                english: """
                Insensitive to Vietnamese marks and case: "dan van" finds "dân vận", "Dang" finds "Đặng". \
                Every word must occur; a match in the title weighs more than one in the body.

                Examples:
                  galley search "dan van chinh quyen"
                  galley search "Đặng Trọng Thăng" --state "da xuat ban" --format json
                  galley search "cau Dong Lac" --limit 5 --format csv
                """,
                vietnamese: """
                Không phân biệt dấu tiếng Việt và hoa thường: "dan van" tìm ra "dân vận", "Dang" tìm ra "Đặng". \
                Bài phải có đủ mọi từ; khớp ở tiêu đề được tính nặng hơn khớp ở nội dung.

                Ví dụ:
                  galley search "dan van chinh quyen"
                  galley search "Đặng Trọng Thăng" --state "da xuat ban" --format json
                  galley search "cau Dong Lac" --limit 5 --format csv
                """)
        case .serve:
            return (
                english: """
                Serves HTML pages that work without JavaScript, on phones too, in the newsroom's \
                language (Vietnamese unless galley.yaml says otherwise; each reader may switch). People \
                sign in with the password `galley people password` set; every button makes the same \
                call as the matching command, so each step is one commit with the same trailers. \
                Works on a bare repository. Put a TLS proxy in front to reach it from other machines \
                (--secure-cookies, or --trust-proxy when the proxy sets X-Forwarded-Proto and X-Forwarded-For). \
                A proxy that signs people in itself names them in a header: --proxy-user-header \
                X-Remote-User --proxy-address 127.0.0.1 (the header is ignored from any other address).

                Example: galley serve --listen 127.0.0.1:8080
                """,
                vietnamese: """
                Phục vụ các trang HTML chạy được không cần JavaScript, cả trên điện thoại, bằng ngôn ngữ của tòa \
                soạn (tiếng Việt, trừ khi galley.yaml nói khác; mỗi người đọc có thể đổi). Mọi người đăng nhập \
                bằng mật khẩu đặt qua `galley people password`; mỗi nút bấm làm đúng như lệnh tương ứng, nên mỗi \
                bước là một commit với cùng các trailer. Chạy được với kho bare. Đặt một proxy TLS phía trước để \
                truy cập từ máy khác (--secure-cookies, hoặc --trust-proxy khi proxy đặt X-Forwarded-Proto và \
                X-Forwarded-For). Proxy tự đăng nhập cho mọi người thì ghi tên họ trong một header: \
                --proxy-user-header X-Remote-User --proxy-address 127.0.0.1 (header đến từ địa chỉ khác bị bỏ qua).

                Ví dụ: galley serve --listen 127.0.0.1:8080
                """)
        case .show:
            return (
                english: "--at shows it as it stood at a revision (a commit id, HEAD~3, a branch). The id may be any beginning of it that no other id shares.",
                vietnamese: "--at hiện bài như ở một phiên bản (mã commit, HEAD~3, một nhánh). Mã bài có thể là bất kỳ phần đầu nào không trùng với mã khác.")
        case .spike:
            return (
                english: "The note (-m) is required: it says why the draft is dropped.",
                vietnamese: "Ghi chú (-m) là bắt buộc: nói rõ vì sao bỏ bản nháp.")
        case .sshEntry:
            return (
                english: """
                Put it in the central server's authorized_keys, one line per key:

                  command="/usr/local/bin/galley ssh-entry --person hangoc /srv/git/toa-soan.git",restrict ssh-ed25519 AAAA… hangoc

                sshd has checked the key; this line says whose it is. Only git's fetch and push \
                (git-upload-pack, git-receive-pack) run, only for the repositories listed, and the \
                pre-receive hook is told the pusher (GALLEY_PUSHER), so an unsigned step in the push \
                must be that person's own. A shell or any other command is refused. Clients use \
                ssh://git@server/srv/git/toa-soan.git or git@server:toa-soan.git.
                """,
                vietnamese: """
                Đặt vào authorized_keys của máy chủ trung tâm, mỗi khóa một dòng:

                  command="/usr/local/bin/galley ssh-entry --person hangoc /srv/git/toa-soan.git",restrict ssh-ed25519 AAAA… hangoc

                sshd đã kiểm tra khóa; dòng này cho biết khóa của ai. Chỉ lệnh fetch và push của git \
                (git-upload-pack, git-receive-pack) được chạy, chỉ với các kho được liệt kê, và hook pre-receive \
                được báo ai đẩy lên (GALLEY_PUSHER), nên bước chưa ký trong lần đẩy phải là của chính người đó. \
                Shell hay mọi lệnh khác đều bị từ chối. Máy khách dùng \
                ssh://git@server/srv/git/toa-soan.git hoặc git@server:toa-soan.git.
                """)
        case .submit:
            return (
                english: "The note (-m) is for the editors.",
                vietnamese: "Ghi chú (-m) dành cho biên tập viên.")
        case .sync:
            return (
                english: """
                Each of your steps is judged again against the central state. A step that is no longer \
                allowed (someone else approved first, the article was sent back meanwhile) is not lost: it \
                is kept aside and sync exits 5; `galley conflicts` shows what to do.
                """,
                vietnamese: """
                Mỗi bước của bạn được xét lại theo trạng thái ở kho trung tâm. Bước không còn được phép \
                (người khác đã duyệt trước, bài đã bị trả về trong lúc đó) không bị mất: bước đó được giữ \
                riêng và sync thoát với mã 5; `galley conflicts` cho biết cần làm gì.
                """)
        case .transition:
            return (
                english: "`galley workflow show` lists the transitions; `galley queue` shows the ones you may take now.",
                vietnamese: "`galley workflow show` liệt kê các bước; `galley queue` cho biết những bước bạn làm được ngay bây giờ.")
        case .verify:
            return (
                english: """
                Each commit is judged by the people, workflow and settings of its parent: a legal \
                transition by an allowed person with the right trailers, edits only where editing is \
                allowed, the commit's author the person its trailers name, people and rules changed \
                only by admins, no merges, no article deleted or moved, front matter that parses. \
                History before the init commit is trusted. Exit 0 when clean, 4 with violations.

                Examples:
                  galley verify
                  galley verify --since 4f2a9c1 --format json
                """,
                vietnamese: """
                Mỗi commit được xét theo nhân sự, quy trình và cấu hình của commit cha: một bước hợp lệ do người \
                được phép làm với đúng các trailer, chỉ sửa ở nơi được sửa, tác giả commit đúng là người mà \
                trailer ghi tên, nhân sự và quy định chỉ do quản trị viên thay đổi, không có commit merge, không \
                bài nào bị xóa hay chuyển chỗ, phần đầu bài đọc được. Lịch sử trước commit init được tin cậy. \
                Mã thoát 0 khi không có lỗi, 4 khi có vi phạm.

                Ví dụ:
                  galley verify
                  galley verify --since 4f2a9c1 --format json
                """)
        case .workflowCheck:
            return (
                english: "Reports unknown states and roles, unreachable states, states with no way out that are not final, and missing labels. A file that is no workflow at all (a YAML error, an unknown key, another format version) is an error too.",
                vietnamese: "Báo các trạng thái và vai trò không có, trạng thái không thể tới, trạng thái không có lối ra mà không phải trạng thái cuối, và nhãn còn thiếu. Tệp hoàn toàn không phải quy trình (lỗi YAML, khóa lạ, phiên bản định dạng khác) cũng là lỗi.")
        }
    }
}
