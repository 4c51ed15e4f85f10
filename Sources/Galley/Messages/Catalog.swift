import Foundation

/// Every sentence Galley says to a person, in Vietnamese and in English, from
/// the facts a `Message` holds. One place, so a message cannot exist in one
/// language only (a test renders every case in both).
public enum Catalog {
    public static func render(_ message: Message, in language: Language) -> String {
        switch language {
        case .en: english(message)
        case .vi: vietnamese(message)
        }
    }

    // MARK: - English

    private static func english(_ message: Message) -> String {
        switch message {
        case .deactivated(let person):
            return "\(person) is deactivated and may take no step; an admin can reactivate them with `galley people set`"
        case .noSuchStep(let article, let state, let step, let instead):
            return "'\(article)' is \(state.display): no '\(step)' from there. " + english(instead)
        case .cannotStartArticle(let step):
            return "'\(step)' cannot start an article"
        case .notPermitted(let person, let roles, let step, let article, let state, let whoMay, let instead):
            let subject = article.map { "'\($0)' (\(state?.display ?? ""))" } ?? "a new article"
            let held = roles.isEmpty ? "no roles" : roles.joined(separator: ", ")
            return "\(person) (\(held)) may not \(step) \(subject): that step is for \(english(whoMay))." + (instead.map { " " + english($0) } ?? "")
        case .forbidden(let reason, let person, let step, let whoMay, let instead):
            let why = reason == .ownArticle
                ? "the author may not \(step) their own article"
                : "\(person) already approved it in this round; another person must give this approval"
            return "\(why). '\(step)' here is for \(english(whoMay)). " + english(instead)
        case .noteRequired(let step):
            return "\(step) needs a note saying why: add -m \"…\""
        case .bodyRequired(let step):
            return "\(step) carries the new text: add --body-file FILE"
        case .notEditable(let article, let state, let editors, let person, let instead):
            return "'\(article)' is \(state.display): its text may be edited by \(englishEditors(editors)), not by \(person). " + english(instead)
        case .stepCarriesNoText(let step, let article):
            return "\(step) carries no text; change the text with `galley save \(article) --body-file FILE` where the workflow allows it"
        case .nothingToCorrect:
            return "the corrected text is identical to the current text: nothing to correct"
        case .revisionChangesNothing(let article):
            return "the revision changes nothing in '\(article)'"
        case .bodyOpensWithFrontMatter:
            return "the body begins with a '---' line, as front matter does: give the body alone, without the front matter (a rule at the top can be written ***)"
        case .duplicateID(let article, let path):
            return "an article with the id '\(article)' already exists (\(path)); an id is never created twice"
        case .adminOnly(let person, let admins):
            return "only an admin may change people and settings; \(person) is not one. Ask \(admins.isEmpty ? "an admin" : admins.joined(separator: " or "))"
        case .noAdminLeft:
            return "this would leave the newsroom without an active admin: make someone else admin first"
        case .withLastStep(let refusal, let step, let from, let to, let actor, let time, let commit):
            return "\(english(refusal)) Last step: \(step) (\(states(from, to))) by \(actor) at \(time) [\(commit)]."
        case .stepTaken(let article, let step, let from, let to, let actor):
            return "\(article): \(step) (\(from ?? "") → \(to ?? "")) by \(actor)"
        case .sshEntryNoShell(let person):
            return "this key (\(person)) is for git only: no shell, no other command. Use it with `galley clone`, `galley sync` or git"
        case .sshEntryCommandRefused(let command):
            return "refused: '\(command)'. This key allows git's fetch and push (git-upload-pack, git-receive-pack) only"
        case .sshEntryRepositoryNotAllowed(let requested, let allowed):
            return "no newsroom repository '\(requested)' for this key; it may reach \(allowed.joined(separator: ", "))"
        case .sshEntryBadPerson(let person):
            return "galley ssh-entry: '\(person)' is not a person's id or login (the authorized_keys line must name one with --person)"
        case .sshEntryNeedsRepositories:
            return "galley ssh-entry: the authorized_keys line must list the newsroom repositories this key may reach, as absolute paths"
        case .sentBack(let step, let actor, let time, let note):
            return "sent back by \(actor) (\(step), \(Catalog.time(time, in: .en)))" + (note.map { ": \(oneLine($0))" } ?? ", without a note")
        case .unknownPerson(let person, let known):
            return "unknown person '\(person)': people.yaml lists \(known.joined(separator: ", ")); an admin adds people with `galley people add`"
        case .whoIsActing(let email, let bare):
            return bare
                ? "who is acting? A bare repository has no user: pass --as PERSON or set GALLEY_USER"
                : "who is acting? git's user.email (\(email ?? "unset")) matches nobody in people.yaml: pass --as PERSON or set GALLEY_USER"
        case .unknownArticle(let article, let commit):
            return "no article '\(article)' at \(commit): `galley list` shows the ids"
        case .nothingWaits(let person):
            return "Nothing waits for \(person)."
        case .clearedStaleLock(let file):
            return "cleared \(file), left behind by a galley process that died while writing"
        case .repairedWorkTree(let path):
            return "brought \(path) in line with the last recorded step (a galley process died before updating the work tree)"
        case .rulesNotInForce(let commit, let reason, let inForce):
            return "the change of people.yaml, workflow.yaml or galley.yaml in \(commit) is not in force (\(reason)); the rules of \(inForce) apply. An admin repairs it with a galley people or config step"
        case .newsroomCreated(let name, let place, let workflow, let admin):
            return "Created newsroom '\(name)' in \(place) (workflow \(workflow), admin \(admin))."
        case .initNext(let path, let admin):
            return "Next: galley --repo \(path) --as \(admin) people add ID --name NAME --email EMAIL --role reporter"
        case .initUndone(let reason):
            return "galley init did not finish (\(reason)); what it had created is removed, nothing is left behind"
        case .personAdded(let person, let roles):
            return "added \(person) (\(roles.joined(separator: ", ")))"
        case .rolesSet(let person, let roles):
            return "\(person) now has roles \(roles.joined(separator: ", "))"
        case .loginSet(let person, let login):
            return "\(person) signs in to the git server as '\(login)'"
        case .personDeactivated(let person):
            return "deactivated \(person)"
        case .keyAdded(let person, let fingerprint):
            return "added key \(fingerprint) for \(person)"
        case .keyRevoked(let person, let fingerprint):
            return "revoked key \(fingerprint) of \(person)"
        case .revised(let article, let state):
            return "\(article): revised (\(state))"
        case .nothingToCommit(let article):
            return "\(article): no change, nothing to commit"
        case .unknownCommand(let typed, let suggestions, let help):
            return suggestions.isEmpty
                ? "unknown command '\(typed)': `\(help)` lists the commands"
                : "unknown command '\(typed)' — did you mean \(list(suggestions.map(code), or: "or"))?"
        case .unknownOption(let option, let command, let suggestions, let help):
            return suggestions.isEmpty
                ? "unknown option '\(option)' for `\(command)`: `\(help)` lists its options"
                : "unknown option '\(option)' for `\(command)` — did you mean \(list(suggestions.map(code), or: "or"))?"
        case .globalOptionNotTaken(let option, let command, let help):
            return "`\(command)` does not take \(option): `\(help)` lists its options"
        case .unknownState(let given, let option, let workflow, let states, let suggestions):
            return "unknown state '\(given)' for \(option): the \(workflow) workflow has \(states.map(\.display).joined(separator: ", "))"
                + (suggestions.isEmpty ? "" : "; did you mean \(list(suggestions.map(code), or: "or"))?")
        case .ambiguousState(let given, let option, let matching):
            return "\(option) '\(given)' may mean \(matching.map(\.display).joined(separator: " or ")): give the state's name"
        case .unknownTransition(let given, let option, let workflow, let names, let suggestions):
            return "unknown transition '\(given)' for \(option): the \(workflow) workflow has \(names.joined(separator: ", "))"
                + (suggestions.isEmpty ? "" : "; did you mean \(list(suggestions.map(code), or: "or"))?")
        case .signing(let fact):
            return english(fact)
        case .sync(let fact):
            return english(fact)
        case .input(let fact):
            return english(fact)
        case .workspace(let fact):
            return english(fact)
        case .write(let fact):
            return english(fact)
        case .usage(let fact):
            return english(fact)
        case .localFile(let fact):
            return english(fact)
        case .repository(let fact):
            return english(fact)
        case .signer(let fact):
            return english(fact)
        case .lookup(let fact):
            return english(fact)
        case .inputRule(let fact):
            return english(fact)
        case .textField(let fact):
            return english(fact)
        case .frontMatter(let fact):
            return english(fact)
        case .editorial(let fact):
            return english(fact)
        case .assignment(let fact):
            return english(fact)
        case .desk(let fact):
            return english(fact)
        case .attachment(let fact):
            return english(fact)
        case .deskKey(let fact):
            return english(fact)
        case .correction(let fact):
            return english(fact)
        }
    }

    private static func english(_ instead: Message.Instead) -> String {
        switch instead {
        case .steps(let person, let steps): "Here \(person) may: \(steps.joined(separator: ", "))."
        case .nothing(let person): "\(person) has no step to take on it now."
        case .finalState(let state): "It is \(state.display), a final state."
        }
    }

    private static func english(_ whoMay: Message.WhoMay) -> String {
        var text = whoMay.actors.map { $0 == Workflow.authorRelation ? "the author" : $0 }.joined(separator: " or ")
        var limits: [String] = []
        if whoMay.notAuthor { limits.append("not the author") }
        if whoMay.notEarlierApprover { limits.append("not someone who already approved in this round") }
        if !limits.isEmpty { text += " (\(limits.joined(separator: ", ")))" }
        return text
    }

    private static func englishEditors(_ editors: [String]) -> String {
        editors.isEmpty ? "nobody (use a transition instead)" : editors.map { $0 == Workflow.authorRelation ? "the author" : $0 }.joined(separator: " or ")
    }

    // MARK: - Tiếng Việt

    private static func vietnamese(_ message: Message) -> String {
        switch message {
        case .deactivated(let person):
            return "\(person) đã bị vô hiệu hóa nên không thể thực hiện bước nào; quản trị viên có thể kích hoạt lại bằng `galley people set`"
        case .noSuchStep(let article, let state, let step, let instead):
            return "Bài '\(article)' đang ở trạng thái \(state.display): không có bước '\(step)' từ đây. " + vietnamese(instead)
        case .cannotStartArticle(let step):
            return "Bước '\(step)' không tạo được bài mới"
        case .notPermitted(let person, let roles, let step, let article, let state, let whoMay, let instead):
            let subject = article.map { "bài '\($0)' (\(state?.display ?? ""))" } ?? "một bài mới"
            let held = roles.isEmpty ? "không có vai trò nào" : roles.map(role).joined(separator: ", ")
            return "\(person) (\(held)) không được \(step) \(subject): bước này dành cho \(vietnamese(whoMay))." + (instead.map { " " + vietnamese($0) } ?? "")
        case .forbidden(let reason, let person, let step, let whoMay, let instead):
            let why = reason == .ownArticle
                ? "tác giả không được \(step) bài của chính mình"
                : "\(person) đã duyệt bài này trong vòng này; người khác phải duyệt lần này"
            return "\(why.prefix(1).uppercased() + why.dropFirst()). Bước '\(step)' ở đây dành cho \(vietnamese(whoMay)). " + vietnamese(instead)
        case .noteRequired(let step):
            return "Bước \(step) cần ghi chú lý do: thêm -m \"…\""
        case .bodyRequired(let step):
            return "Bước \(step) mang nội dung mới: thêm --body-file TỆP"
        case .notEditable(let article, let state, let editors, let person, let instead):
            return "Bài '\(article)' đang ở trạng thái \(state.display): nội dung chỉ được sửa bởi \(vietnameseEditors(editors)), không phải \(person). " + vietnamese(instead)
        case .stepCarriesNoText(let step, let article):
            return "Bước \(step) không mang nội dung; hãy sửa nội dung bằng `galley save \(article) --body-file TỆP` ở trạng thái cho phép sửa"
        case .nothingToCorrect:
            return "Nội dung đính chính giống hệt nội dung hiện tại: không có gì để đính chính"
        case .revisionChangesNothing(let article):
            return "Bản sửa không thay đổi gì trong bài '\(article)'"
        case .bodyOpensWithFrontMatter:
            return "Nội dung bài bắt đầu bằng dòng '---' như phần front matter: hãy chỉ đưa phần nội dung, không kèm front matter (muốn mở đầu bằng đường kẻ ngang, hãy viết ***)"
        case .duplicateID(let article, let path):
            return "Đã có bài mang mã '\(article)' (\(path)); mỗi mã bài chỉ được tạo một lần"
        case .adminOnly(let person, let admins):
            return "Chỉ quản trị viên được thay đổi nhân sự và cấu hình; \(person) không phải quản trị viên. Hãy nhờ \(admins.isEmpty ? "một quản trị viên" : admins.joined(separator: " hoặc "))"
        case .noAdminLeft:
            return "Thay đổi này sẽ khiến tòa soạn không còn quản trị viên nào đang hoạt động: hãy cho người khác làm quản trị viên trước"
        case .withLastStep(let refusal, let step, let from, let to, let actor, let time, let commit):
            return "\(vietnamese(refusal)) Bước gần nhất: \(step) (\(states(from, to))) do \(actor) thực hiện lúc \(time) [\(commit)]."
        case .stepTaken(let article, let step, let from, let to, let actor):
            return "\(article): \(step) (\(from ?? "") → \(to ?? "")), người thực hiện: \(actor)"
        case .sshEntryNoShell(let person):
            return "Khóa này (\(person)) chỉ dùng cho git: không có shell, không chạy lệnh khác. Hãy dùng nó với `galley clone`, `galley sync` hoặc git"
        case .sshEntryCommandRefused(let command):
            return "Từ chối: '\(command)'. Khóa này chỉ cho phép lấy về và đẩy lên bằng git (git-upload-pack, git-receive-pack)"
        case .sshEntryRepositoryNotAllowed(let requested, let allowed):
            return "Khóa này không được vào kho '\(requested)'; các kho được phép: \(allowed.joined(separator: ", "))"
        case .sshEntryBadPerson(let person):
            return "galley ssh-entry: '\(person)' không phải mã hay tên đăng nhập của một người (dòng authorized_keys phải ghi --person)"
        case .sshEntryNeedsRepositories:
            return "galley ssh-entry: dòng authorized_keys phải liệt kê các kho tòa soạn mà khóa này được vào, bằng đường dẫn tuyệt đối"
        case .sentBack(let step, let actor, let time, let note):
            return "bị \(actor) trả lại (\(step), \(Catalog.time(time, in: .vi)))" + (note.map { ": \(oneLine($0))" } ?? ", không có ghi chú")
        case .unknownPerson(let person, let known):
            return "Không có người '\(person)': people.yaml có \(known.joined(separator: ", ")); quản trị viên thêm người bằng `galley people add`"
        case .whoIsActing(let email, let bare):
            return bare
                ? "Ai đang thực hiện? Kho bare không có người dùng: hãy thêm --as NGƯỜI hoặc đặt GALLEY_USER"
                : "Ai đang thực hiện? user.email của git (\(email ?? "chưa đặt")) không khớp ai trong people.yaml: hãy thêm --as NGƯỜI hoặc đặt GALLEY_USER"
        case .unknownArticle(let article, let commit):
            return "Không có bài '\(article)' tại \(commit): `galley list` liệt kê các mã bài"
        case .nothingWaits(let person):
            return "Không có việc nào chờ \(person)."
        case .clearedStaleLock(let file):
            return "đã xóa \(file), do một tiến trình galley bị dừng giữa lúc ghi để lại"
        case .repairedWorkTree(let path):
            return "đã đưa \(path) về đúng bước đã ghi gần nhất (một tiến trình galley bị dừng trước khi cập nhật thư mục làm việc)"
        case .rulesNotInForce(let commit, let reason, let inForce):
            return "Thay đổi people.yaml, workflow.yaml hoặc galley.yaml trong \(commit) không có hiệu lực (\(reason)); quy định của \(inForce) được áp dụng. Quản trị viên sửa lại bằng một bước galley people hoặc config"
        case .newsroomCreated(let name, let place, let workflow, let admin):
            return "Đã tạo tòa soạn '\(name)' tại \(place) (quy trình \(workflow), quản trị viên \(admin))."
        case .initNext(let path, let admin):
            return "Tiếp theo: galley --repo \(path) --as \(admin) people add MÃ --name TÊN --email EMAIL --role reporter"
        case .initUndone(let reason):
            return "galley init không hoàn tất (\(reason)); những gì nó đã tạo đều đã được xóa, không để lại gì"
        case .personAdded(let person, let roles):
            return "đã thêm \(person) (\(roles.map(role).joined(separator: ", ")))"
        case .rolesSet(let person, let roles):
            return "\(person) giờ có vai trò \(roles.map(role).joined(separator: ", "))"
        case .loginSet(let person, let login):
            return "\(person) đăng nhập máy chủ git bằng tên '\(login)'"
        case .personDeactivated(let person):
            return "đã vô hiệu hóa \(person)"
        case .keyAdded(let person, let fingerprint):
            return "đã thêm khóa \(fingerprint) cho \(person)"
        case .keyRevoked(let person, let fingerprint):
            return "đã thu hồi khóa \(fingerprint) của \(person)"
        case .revised(let article, let state):
            return "\(article): đã ghi bản sửa (\(state))"
        case .nothingToCommit(let article):
            return "\(article): không có thay đổi, không có gì để ghi"
        case .unknownCommand(let typed, let suggestions, let help):
            return suggestions.isEmpty
                ? "Không có lệnh '\(typed)': `\(help)` liệt kê các lệnh"
                : "Không có lệnh '\(typed)' — bạn có muốn gõ \(list(suggestions.map(code), or: "hay"))?"
        case .unknownOption(let option, let command, let suggestions, let help):
            return suggestions.isEmpty
                ? "Lệnh `\(command)` không có tùy chọn '\(option)': `\(help)` liệt kê các tùy chọn"
                : "Lệnh `\(command)` không có tùy chọn '\(option)' — bạn có muốn gõ \(list(suggestions.map(code), or: "hay"))?"
        case .globalOptionNotTaken(let option, let command, let help):
            return "Lệnh `\(command)` không nhận \(option): `\(help)` liệt kê các tùy chọn"
        case .unknownState(let given, let option, let workflow, let states, let suggestions):
            return "Không có trạng thái '\(given)' cho \(option): quy trình \(workflow) có \(states.map(\.display).joined(separator: ", "))"
                + (suggestions.isEmpty ? "" : "; bạn có muốn gõ \(list(suggestions.map(code), or: "hay"))?")
        case .ambiguousState(let given, let option, let matching):
            return "\(option) '\(given)' có thể là \(matching.map(\.display).joined(separator: " hoặc ")): hãy ghi tên trạng thái"
        case .unknownTransition(let given, let option, let workflow, let names, let suggestions):
            return "Không có bước '\(given)' cho \(option): quy trình \(workflow) có \(names.joined(separator: ", "))"
                + (suggestions.isEmpty ? "" : "; bạn có muốn gõ \(list(suggestions.map(code), or: "hay"))?")
        case .signing(let fact):
            return vietnamese(fact)
        case .sync(let fact):
            return vietnamese(fact)
        case .input(let fact):
            return vietnamese(fact)
        case .workspace(let fact):
            return vietnamese(fact)
        case .write(let fact):
            return vietnamese(fact)
        case .usage(let fact):
            return vietnamese(fact)
        case .localFile(let fact):
            return vietnamese(fact)
        case .repository(let fact):
            return vietnamese(fact)
        case .signer(let fact):
            return vietnamese(fact)
        case .lookup(let fact):
            return vietnamese(fact)
        case .inputRule(let fact):
            return vietnamese(fact)
        case .textField(let fact):
            return vietnamese(fact)
        case .frontMatter(let fact):
            return vietnamese(fact)
        case .editorial(let fact):
            return vietnamese(fact)
        case .assignment(let fact):
            return vietnamese(fact)
        case .desk(let fact):
            return vietnamese(fact)
        case .attachment(let fact):
            return vietnamese(fact)
        case .deskKey(let fact):
            return vietnamese(fact)
        case .correction(let fact):
            return vietnamese(fact)
        }
    }

    private static func vietnamese(_ instead: Message.Instead) -> String {
        switch instead {
        case .steps(let person, let steps): "Ở đây \(person) có thể: \(steps.joined(separator: ", "))."
        case .nothing(let person): "Hiện \(person) không có bước nào để làm với bài này."
        case .finalState(let state): "Bài đang ở \(state.display), trạng thái cuối."
        }
    }

    private static func vietnamese(_ whoMay: Message.WhoMay) -> String {
        var text = whoMay.actors.map(role).joined(separator: " hoặc ")
        var limits: [String] = []
        if whoMay.notAuthor { limits.append("không phải tác giả") }
        if whoMay.notEarlierApprover { limits.append("không phải người đã duyệt trong vòng này") }
        if !limits.isEmpty { text += " (\(limits.joined(separator: ", ")))" }
        return text
    }

    private static func vietnameseEditors(_ editors: [String]) -> String {
        editors.isEmpty ? "không ai (hãy dùng một bước chuyển trạng thái)" : editors.map(role).joined(separator: " hoặc ")
    }

    /// The Vietnamese name of a built-in role, with the id Galley's commands take.
    static func role(_ id: String) -> String {
        let names = [
            Workflow.authorRelation: "tác giả", "reporter": "phóng viên", "editor": "biên tập viên", "chief": "tổng biên tập",
            "section-editor": "trưởng ban", "secretary": "thư ký tòa soạn", "admin": "quản trị viên", "auditor": "kiểm soát viên",
        ]
        guard let name = names[id] else { return id }
        return id == Workflow.authorRelation ? name : "\(name) (\(id))"
    }

    private static func code(_ text: String) -> String { "`\(text)`" }

    /// A note of several lines, on one line (a message is one line).
    private static func oneLine(_ text: String) -> String { text.split(whereSeparator: \.isNewline).joined(separator: " ") }

    /// "a", "a or b", "a, b or c".
    static func list(_ items: [String], or: String) -> String {
        items.count <= 1 ? items.joined() : items.dropLast().joined(separator: ", ") + " \(or) " + (items.last ?? "")
    }

    private static func states(_ from: String?, _ to: String?) -> String {
        from.map { "\($0) → \(to ?? "")" } ?? "→ \(to ?? "")"
    }
}

extension Catalog {
    public static func render(_ label: Label, in language: Language) -> String {
        let (english, vietnamese) = words(label)
        return language == .vi ? vietnamese : english
    }

    private static func words(_ label: Label) -> (String, String) {
        switch label {
        case .id: ("ID", "MÃ")
        case .name: ("NAME", "TÊN")
        case .email: ("EMAIL", "THƯ ĐIỆN TỬ")
        case .roles: ("ROLES", "VAI TRÒ")
        case .active: ("ACTIVE", "HOẠT ĐỘNG")
        case .yes: ("yes", "có")
        case .no: ("no", "không")
        case .time: ("TIME", "THỜI GIAN")
        case .commit: ("COMMIT", "MÃ COMMIT")
        case .actor: ("ACTOR", "NGƯỜI LÀM")
        case .step: ("STEP", "BƯỚC")
        case .states: ("STATES", "TRẠNG THÁI")
        case .article: ("ARTICLE", "BÀI")
        case .note: ("NOTE", "GHI CHÚ")
        case .state: ("STATE", "TRẠNG THÁI")
        case .author: ("AUTHOR", "TÁC GIẢ")
        case .section: ("SECTION", "CHUYÊN MỤC")
        case .updated: ("UPDATED", "CẬP NHẬT")
        case .title: ("TITLE", "TIÊU ĐỀ")
        case .youMay: ("YOU MAY", "BẠN CÓ THỂ")
        case .score: ("SCORE", "ĐIỂM")
        case .fieldID: ("id", "mã")
        case .fieldState: ("state", "trạng thái")
        case .fieldAuthor: ("author", "tác giả")
        case .fieldByline: ("byline", "bút danh")
        case .fieldSection: ("section", "chuyên mục")
        case .fieldTags: ("tags", "thẻ")
        case .fieldCreated: ("created", "tạo lúc")
        case .fieldUpdated: ("updated", "cập nhật")
        case .fieldPath: ("path", "đường dẫn")
        case .approvedThisRound: ("approved this round by", "đã duyệt trong vòng này")
        case .correctionBy: ("correction", "đính chính")
        case .outsideWorkflow: ("(outside workflow)", "(ngoài quy trình)")
        case .noArticles: ("(no articles)", "(không có bài nào)")
        case .noEvents: ("(no events)", "(không có sự kiện nào)")
        case .nothingFound: ("(nothing found)", "(không tìm thấy gì)")
        case .noKeptSteps: ("(no kept steps)", "(không có bước nào đang giữ)")
        case .lastStep: ("last step", "bước gần nhất")
        case .notesThisRound: ("notes this round", "ghi chú trong vòng này")
        case .fieldTitle: ("title", "tiêu đề")
        case .fieldDraft: ("draft", "bản nháp")
        case .fieldApprovals: ("approvals", "đã duyệt")
        case .fieldCorrections: ("corrections", "đính chính")
        case .fieldRetracted: ("retracted", "gỡ bài")
        case .noTextChanges: ("no changes to the text", "nội dung không thay đổi")
        case .fieldSummary: ("summary", "sapo")
        case .fieldSource: ("source", "nguồn")
        case .fieldSourceURL: ("source link", "liên kết nguồn")
        case .fieldPublishDate: ("publishes at", "đăng lúc")
        case .fieldEmbargo: ("embargo until", "cấm đăng trước")
        case .publishesAt: ("SHOWN FROM", "HIỆN TỪ")
        case .fieldAttachments: ("attached", "ảnh và tệp đính kèm")
        }
    }

    /// A time for a person: ISO 8601 in English (what scripts and auditors compare), the
    /// Vietnamese form `16:36 01/12/2026` in Vietnamese; both in the offset it was recorded with
    /// (the newsroom's time zone).
    public static func time(_ time: Timestamp, in language: Language) -> String {
        guard language == .vi, let zone = TimeZone(secondsFromGMT: time.offsetSeconds) else { return time.iso8601 }
        func two(_ value: Int?) -> String { (value ?? 0) < 10 ? "0\(value ?? 0)" : "\(value ?? 0)" }
        // A whole-minute offset is the zone's exactly: its wall clock is the timestamp's own, read
        // without a calendar (one a row was a tenth of a Vietnamese 20,000-row listing; issue 15).
        if time.offsetSeconds % 60 == 0 {
            let clock = time.wallClock
            return "\(two(clock.hour)):\(two(clock.minute)) \(two(clock.day))/\(two(clock.month))/\(clock.year)"
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: time.date)
        return "\(two(parts.hour)):\(two(parts.minute)) \(two(parts.day))/\(two(parts.month))/\(parts.year ?? 0)"
    }
}

extension Message.StateRef {
    /// "Chờ biên tập (submitted)" when labelled, else the name.
    var display: String { label.map { "\($0) (\(name))" } ?? name }
}
