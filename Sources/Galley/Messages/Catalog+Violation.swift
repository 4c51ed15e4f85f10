/// `ViolationMessage` in both languages (see `Catalog`). The English is verify's JSON
/// `message`, an interface: a sentence changed here changes what scripts read.
extension Catalog {
    public static func render(_ message: ViolationMessage, in language: Language) -> String {
        switch language {
        case .en: english(message)
        case .vi: vietnamese(message)
        }
    }

    // MARK: - English

    private static func english(_ message: ViolationMessage) -> String {
        switch message {
        case .mergeCommit:
            return "merge commit: the newsroom branch must be linear (galley sync replays steps instead of merging)"
        case .secondInit:
            return "a second init commit: a newsroom has exactly one"
        case .initInvalid(let reason):
            return "the init commit does not hold a valid newsroom: \(reason.text(in: .en))"
        case .initNotInitStep:
            return "the commit that adds galley.yaml must be a Galley init commit (Galley-Transition: init)"
        case .initActorNotAdmin(let actor):
            return "the init commit's actor '\(actor)' is not an admin in the people.yaml it adds"
        case .initAuthorMismatch(let authorEmail, let admin, let adminEmail):
            return "the init commit is authored by \(authorEmail), not by \(admin) <\(adminEmail)>"
        case .unknownActor(let actor):
            return "Galley-Actor '\(actor)' is not in the people.yaml in force before this commit"
        case .authorMismatch(let person, let email, let authorName, let authorEmail):
            return "the trailers name \(person) <\(email)> but the commit is authored by \(authorName) <\(authorEmail)>"
        case .deactivatedActor(let person):
            return "\(person) was deactivated before this commit and may take no step"
        case .fileType(let path, let kind):
            return "\(path) is \(english(kind)): a newsroom holds regular files only (mode 100644)"
        case .untrailedEmptyCommit:
            return "a commit without Galley's trailers that changes nothing: every commit must be one Galley step"
        case .rulesChangedWithoutStep(let files):
            return "\(list(files)) changed without a Galley people/config step"
        case .articleDeletedWithPlainGit(let path):
            return "\(path) was deleted with plain git: articles are kept (retract or spike them instead)"
        case .articleChangedWithoutStep(let paths):
            return "\(list(paths)) changed without a Galley step (plain git?)"
        case .filesChangedWithoutStep(let paths):
            return "\(list(paths)) changed without a Galley step (only an admin's config step changes files outside articles/)"
        case .adminStepRole(let claimed, let step, let role):
            return "Galley-Role says '\(claimed)'; a \(step) step is taken as \(role)"
        case .notAdmin(let person):
            return "\(person) changed the newsroom's people or rules without being an admin in the people.yaml in force before the change"
        case .adminStepNamesArticle(let step):
            return "a \(step) step names no article and no states"
        case .adminStepChangesNothing(let step):
            return "the \(step) step changes nothing"
        case .notWrittenByAdminStep(let path, let step):
            return "\(path) is not written by a \(step) step"
        case .rulesDoNotLoad(let reason):
            return "after this commit the newsroom files do not load: \(reason.text(in: .en)); the previous rules stay in force"
        case .refused(let reason):
            return reason.text(in: .en)
        case .articleNotNamed(let step):
            return "a '\(step)' step must name a valid article in Galley-Article"
        case .articleNotChanged(let step, let article):
            return "the trailers record '\(step)' on \(article), but the commit does not change that article"
        case .filesBesideUnchangedIndex(let paths, let step, let article):
            return "\(list(paths)) changed in a '\(step)' step that leaves \(article)'s index.md as it was"
        case .articleDeleted(let path):
            return "\(path) was deleted: articles are kept (retract or spike them instead)"
        case .noFileBesideIndex(let step, let adds):
            return "an '\(step)' step \(adds ? "adds" : "removes") one file beside index.md; this commit does not"
        case .wrongArticlePath(let path, let step, let article, let expected):
            return "\(path): a '\(step)' step on \(article) writes \(expected)"
        case .bundleFilesDiffer(let written, let expected, let step):
            return "\(files(written, .en)): the '\(step)' step writes \(files(expected, .en))"
        case .noncanonicalDocument:
            return "index.md is not written the way Galley writes it (hand-made YAML?): the same fields, other bytes"
        case .idMismatch(let written, let folder):
            return "front matter says id '\(written)' but the folder is '\(folder)'"
        case .stateMismatch(let step, let expected, let written):
            return "'\(step)' leaves the article in '\(expected)', but the file says '\(written)'"
        case .textChanged(let fields, let step):
            return "the \(list(fields)) changed in a '\(step)' step, which does not carry that text"
        case .updatedNotStepTime(let time):
            return "'updated' must be the step's time, the commit's author time \(time)"
        case .protectedFields(let fields, let step):
            return "\(quoted(fields)) differ from what a '\(step)' step records (these fields are the workflow's, never edited by hand)"
        case .trailerStates(let claimedStep, let claimedFrom, let claimedTo, let step, let from, let to):
            return "the trailers say \(claimedStep) \(claimedFrom ?? "-") → \(claimedTo ?? "-"); the step is \(step) \(from ?? "-") → \(to ?? "-")"
        case .wrongRole(let claimed, let actor, let role):
            return "Galley-Role says '\(claimed)', but \(actor) takes this step as '\(role)'"
        case .rulesFileInArticleStep(let file, let step):
            return "\(file) changed in a '\(step)' step: only an admin's people/config step changes it"
        case .articleMovedInStep(let path, let step, let article):
            return "\(path) was deleted (moved?) in a '\(step)' step on \(article): articles are kept"
        case .notWrittenByArticleStep(let path, let step, let article):
            return "\(path) is not written by a '\(step)' step on \(article)"
        case .strayArticleFile(let path):
            return "\(path) is not inside an article folder (articles/YYYY/MM/DD/<id>/)"
        case .outsideArticles(let path):
            return "\(path) is outside articles/: only an admin's config step changes it"
        case .corruptArticle(let reason):
            return "the article no longer parses: \(reason.text(in: .en))"
        case .detachKeepsFile(let path, let added):
            return "a 'detach' step removes \(path); this commit \(added ? "adds" : "changes") it"
        case .attachReplacesFile(let path, let removed):
            return "an 'attach' step adds a new file; this commit \(removed ? "removes" : "changes") \(path) (detach it and attach the new one)"
        case .commentChangesFile(let path, let article):
            return "\(path) changed in a comment on \(article): a comment changes no file"
        case .commentOnMissingArticle(let article):
            return "a comment on \(article), but there is no such article"
        case .pushersContradict(let login, let source, let others, let step, let actor):
            return "the server names two pushers, '\(login)' (\(source)) and \(list(others)): one was set by the client, so the unsigned \(step) step by \(actor) is refused (the administrator lets no client variable through to the hook, or the step is signed)"
        case .pusherUnknownLogin(let login, let source, let step, let actor):
            return "pushed by '\(login)' (\(source)), whom people.yaml in force does not list as a login: the unsigned \(step) step by \(actor) is refused (an admin adds the login to people.yaml, or the step is signed)"
        case .pusherNotActor(let person, let login, let source, let step, let actor):
            return "pushed by \(person) (login '\(login)', \(source)), but the unsigned \(step) step names \(actor): a step is pushed by the person who took it, unless it is signed"
        case .unsigned:
            return "the commit is not signed, but galley.yaml requires signed steps (signing: required)"
        case .malformedSignature(let reason):
            return reason.text(in: .en)
        case .signatureMismatch(let fingerprint):
            return "the signature by \(fingerprint) does not match the commit (its content changed after signing, or the signature is forged)"
        case .keyOfNobody(let fingerprint):
            return "signed with \(fingerprint), but the commit names nobody in people.yaml"
        case .revokedKey(let fingerprint, let person):
            return "signed with \(fingerprint), a key of \(person) that was revoked before this commit (by the people.yaml of its parent)"
        case .someoneElsesKey(let fingerprint, let owner, let named):
            return "signed with \(fingerprint), a key of \(owner), but the commit names \(named)"
        case .unlistedKey(let fingerprint, let person):
            return "signed with \(fingerprint), which people.yaml does not list for \(person)"
        }
    }

    private static func english(_ kind: ViolationMessage.FileKind) -> String {
        switch kind {
        case .symbolicLink: "a symbolic link"
        case .gitlink: "a gitlink (submodule)"
        case .executable: "an executable file"
        case .other(let mode): "an entry of mode \(mode)"
        }
    }

    // MARK: - Vietnamese

    private static func vietnamese(_ message: ViolationMessage) -> String {
        switch message {
        case .mergeCommit:
            return "commit gộp (merge): nhánh của tòa soạn phải tuyến tính (galley sync phát lại từng bước thay vì gộp)"
        case .secondInit:
            return "commit khởi tạo (init) thứ hai: mỗi tòa soạn chỉ có đúng một"
        case .initInvalid(let reason):
            return "commit khởi tạo không chứa một tòa soạn hợp lệ: \(reason.text(in: .vi))"
        case .initNotInitStep:
            return "commit thêm galley.yaml phải là commit khởi tạo của Galley (Galley-Transition: init)"
        case .initActorNotAdmin(let actor):
            return "người thực hiện commit khởi tạo, '\(actor)', không phải quản trị viên trong people.yaml mà commit đó thêm vào"
        case .initAuthorMismatch(let authorEmail, let admin, let adminEmail):
            return "tác giả của commit khởi tạo là \(authorEmail), không phải \(admin) <\(adminEmail)>"
        case .unknownActor(let actor):
            return "người thực hiện '\(actor)' (Galley-Actor) không có trong people.yaml đang có hiệu lực trước commit này"
        case .authorMismatch(let person, let email, let authorName, let authorEmail):
            return "trailer ghi người thực hiện là \(person) <\(email)> nhưng tác giả của commit là \(authorName) <\(authorEmail)>"
        case .deactivatedActor(let person):
            return "\(person) đã bị vô hiệu hóa trước commit này nên không được thực hiện bước nào"
        case .fileType(let path, let kind):
            return "\(path) là \(vietnamese(kind)): tòa soạn chỉ chứa tệp thường (chế độ 100644)"
        case .untrailedEmptyCommit:
            return "commit không có trailer của Galley và không thay đổi gì: mỗi commit phải là đúng một bước của Galley"
        case .rulesChangedWithoutStep(let files):
            return "\(list(files)) bị thay đổi mà không qua bước people/config của Galley"
        case .articleDeletedWithPlainGit(let path):
            return "\(path) bị xóa bằng git thường: bài luôn được giữ lại (hãy gỡ bài hoặc hủy bài thay vì xóa)"
        case .articleChangedWithoutStep(let paths):
            return "\(list(paths)) bị thay đổi mà không qua bước nào của Galley (sửa bằng git thường?)"
        case .filesChangedWithoutStep(let paths):
            return "\(list(paths)) bị thay đổi mà không qua bước nào của Galley (chỉ bước config của quản trị viên mới thay đổi tệp ngoài articles/)"
        case .adminStepRole(let claimed, let step, let role):
            return "Galley-Role ghi '\(claimed)'; bước \(step) được thực hiện với vai trò \(role)"
        case .notAdmin(let person):
            return "\(person) đã thay đổi danh sách người hoặc quy định của tòa soạn khi không phải quản trị viên theo people.yaml có hiệu lực trước thay đổi"
        case .adminStepNamesArticle(let step):
            return "bước \(step) không được ghi bài hay trạng thái nào"
        case .adminStepChangesNothing(let step):
            return "bước \(step) không thay đổi gì"
        case .notWrittenByAdminStep(let path, let step):
            return "bước \(step) không ghi tệp \(path)"
        case .rulesDoNotLoad(let reason):
            return "sau commit này không đọc được các tệp của tòa soạn: \(reason.text(in: .vi)); quy định trước đó vẫn giữ hiệu lực"
        case .refused(let reason):
            return reason.text(in: .vi)
        case .articleNotNamed(let step):
            return "bước '\(step)' phải ghi một mã bài hợp lệ trong Galley-Article"
        case .articleNotChanged(let step, let article):
            return "trailer ghi bước '\(step)' trên bài \(article), nhưng commit không thay đổi bài đó"
        case .filesBesideUnchangedIndex(let paths, let step, let article):
            return "\(list(paths)) bị thay đổi trong bước '\(step)' trong khi index.md của bài \(article) vẫn giữ nguyên"
        case .articleDeleted(let path):
            return "\(path) bị xóa: bài luôn được giữ lại (hãy gỡ bài hoặc hủy bài thay vì xóa)"
        case .noFileBesideIndex(let step, let adds):
            return "bước '\(step)' \(adds ? "thêm" : "xóa") một tệp bên cạnh index.md; commit này thì không"
        case .wrongArticlePath(let path, let step, let article, let expected):
            return "\(path): bước '\(step)' trên bài \(article) ghi vào \(expected)"
        case .bundleFilesDiffer(let written, let expected, let step):
            return "\(files(written, .vi)): bước '\(step)' ghi \(files(expected, .vi))"
        case .noncanonicalDocument:
            return "index.md không được ghi theo cách Galley ghi (YAML viết tay?): cùng các trường nhưng khác từng byte"
        case .idMismatch(let written, let folder):
            return "front matter ghi id '\(written)' nhưng thư mục là '\(folder)'"
        case .stateMismatch(let step, let expected, let written):
            return "sau bước '\(step)' bài phải ở trạng thái '\(expected)', nhưng tệp ghi '\(written)'"
        case .textChanged(let fields, let step):
            return "nội dung (\(list(fields))) bị thay đổi trong bước '\(step)', trong khi bước này không mang nội dung đó"
        case .updatedNotStepTime(let time):
            return "'updated' phải là thời điểm của bước, tức thời điểm tác giả tạo commit \(time)"
        case .protectedFields(let fields, let step):
            return "\(quoted(fields)) khác với những gì bước '\(step)' ghi lại (các trường này thuộc về quy trình, không bao giờ được sửa tay)"
        case .trailerStates(let claimedStep, let claimedFrom, let claimedTo, let step, let from, let to):
            return "trailer ghi \(claimedStep) \(claimedFrom ?? "-") → \(claimedTo ?? "-"); bước thực tế là \(step) \(from ?? "-") → \(to ?? "-")"
        case .wrongRole(let claimed, let actor, let role):
            return "Galley-Role ghi '\(claimed)', nhưng \(actor) thực hiện bước này với vai trò '\(role)'"
        case .rulesFileInArticleStep(let file, let step):
            return "\(file) bị thay đổi trong bước '\(step)': chỉ bước people/config của quản trị viên mới được thay đổi tệp này"
        case .articleMovedInStep(let path, let step, let article):
            return "\(path) bị xóa (di chuyển?) trong bước '\(step)' trên bài \(article): bài luôn được giữ lại"
        case .notWrittenByArticleStep(let path, let step, let article):
            return "bước '\(step)' trên bài \(article) không ghi tệp \(path)"
        case .strayArticleFile(let path):
            return "\(path) không nằm trong thư mục của bài nào (articles/YYYY/MM/DD/<id>/)"
        case .outsideArticles(let path):
            return "\(path) nằm ngoài articles/: chỉ bước config của quản trị viên mới được thay đổi tệp này"
        case .corruptArticle(let reason):
            return "không còn đọc được bài: \(reason.text(in: .vi))"
        case .detachKeepsFile(let path, let added):
            return "bước 'detach' xóa \(path); commit này lại \(added ? "thêm" : "sửa") tệp đó"
        case .attachReplacesFile(let path, let removed):
            return "bước 'attach' thêm một tệp mới; commit này lại \(removed ? "xóa" : "sửa") \(path) (hãy gỡ tệp đó bằng detach rồi đính kèm tệp mới)"
        case .commentChangesFile(let path, let article):
            return "\(path) bị thay đổi trong một trao đổi về bài \(article): trao đổi không thay đổi tệp nào"
        case .commentOnMissingArticle(let article):
            return "trao đổi về bài \(article), nhưng không có bài đó"
        case .pushersContradict(let login, let source, let others, let step, let actor):
            return "máy chủ nêu hai người đẩy lên, '\(login)' (\(source)) và \(list(others)): một trong hai do máy khách đặt, nên bước \(step) không có chữ ký của \(actor) bị từ chối (quản trị viên không để biến nào của máy khách lọt tới hook, hoặc bước phải được ký)"
        case .pusherUnknownLogin(let login, let source, let step, let actor):
            return "được đẩy lên bởi '\(login)' (\(source)), tên đăng nhập không có trong people.yaml đang có hiệu lực: bước \(step) không có chữ ký của \(actor) bị từ chối (quản trị viên thêm tên đăng nhập vào people.yaml, hoặc bước phải được ký)"
        case .pusherNotActor(let person, let login, let source, let step, let actor):
            return "được đẩy lên bởi \(person) (tên đăng nhập '\(login)', \(source)), nhưng bước \(step) không có chữ ký ghi người thực hiện là \(actor): bước phải do chính người thực hiện đẩy lên, trừ khi được ký"
        case .unsigned:
            return "commit không được ký, nhưng galley.yaml yêu cầu mọi bước phải được ký (signing: required)"
        case .malformedSignature(let reason):
            return "chữ ký của commit không đọc được: \(reason.text(in: .vi))"
        case .signatureMismatch(let fingerprint):
            return "chữ ký bằng khóa \(fingerprint) không khớp với commit (nội dung đã bị thay đổi sau khi ký, hoặc chữ ký bị giả mạo)"
        case .keyOfNobody(let fingerprint):
            return "commit được ký bằng khóa \(fingerprint), nhưng không ghi người thực hiện nào có trong people.yaml"
        case .revokedKey(let fingerprint, let person):
            return "commit được ký bằng khóa \(fingerprint) của \(person), khóa này đã bị thu hồi trước commit này (theo people.yaml của commit cha)"
        case .someoneElsesKey(let fingerprint, let owner, let named):
            return "commit được ký bằng khóa \(fingerprint) của \(owner), nhưng người thực hiện được ghi là \(named)"
        case .unlistedKey(let fingerprint, let person):
            return "commit được ký bằng khóa \(fingerprint), khóa ký này không có trong people.yaml của \(person)"
        }
    }

    private static func vietnamese(_ kind: ViolationMessage.FileKind) -> String {
        switch kind {
        case .symbolicLink: "một liên kết tượng trưng (symlink)"
        case .gitlink: "một gitlink (submodule)"
        case .executable: "một tệp thực thi"
        case .other(let mode): "một mục có chế độ \(mode)"
        }
    }

    // MARK: - Lists

    private static func list(_ items: [String]) -> String { items.joined(separator: ", ") }

    /// `'title', 'author'`.
    private static func quoted(_ fields: [String]) -> String { fields.map { "'\($0)'" }.joined(separator: ", ") }

    /// Files a step writes, a removed one marked as such.
    private static func files(_ files: [ViolationMessage.BundleFile], _ language: Language) -> String {
        let removed = language == .vi ? " (đã xóa)" : " (removed)"
        return files.map { $0.path + ($0.removed ? removed : "") }.joined(separator: ", ")
    }
}

extension ViolationMessage.Reason {
    /// The catalog's sentence when the error has one, else its English line.
    public func text(in language: Language) -> String {
        detail.map { Catalog.render($0, in: language) } ?? english
    }
}
