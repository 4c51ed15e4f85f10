/// `WorkspaceMessage` in both languages (see `Catalog`). The English keeps the sentences scripts
/// and tests already read.
extension Catalog {
    static func english(_ message: WorkspaceMessage) -> String {
        switch message {
        case .uncommittedArticleEdits(let path, let article):
            return "\(path) has uncommitted edits: commit them with `galley save \(article)` (or drop them with `git checkout -- \(path)`), then try again"
        case .uncommittedChanges(let path):
            return "\(path) has uncommitted changes in the work tree: commit or drop them first (git status shows them)"
        case .syncWouldOverwrite(let path):
            return "\(path) has uncommitted edits that sync would overwrite: save them with `galley save ID` (or drop them with git checkout), then sync again"
        case .detachedHead(let location):
            return "HEAD is detached in \(location): check out the newsroom branch first (git switch main)"
        case .initTargetIsFile(let path):
            return "\(path) is a file: choose a new folder for the newsroom"
        case .initTargetNotEmpty(let path):
            return "\(path) is not empty: galley init makes a new newsroom in a new or empty folder, so nothing there is overwritten"
        case .cloneTargetNotEmpty(let path):
            return "\(path) already exists and is not empty: choose another folder"
        case .personAlreadyListed(let person):
            return "'\(person)' is already listed: change their roles with `galley people set \(person) --role …`"
        case .emailTaken(let email, let owner):
            return "\(email) already belongs to '\(owner)': each person needs their own email"
        case .loginTaken(let login, let owner):
            return "the login '\(login)' already stands for '\(owner)' (their id or login): each person needs their own"
        case .alreadyDeactivated(let person):
            return "\(person) is already deactivated"
        case .keyAlreadyRevoked(let fingerprint, let person):
            return "the key \(fingerprint) of \(person) is already revoked"
        case .settingUnchanged(let key, let value):
            return "\(key) is already '\(value)': nothing to change"
        case .peopleUnchanged:
            return "nothing to change: people.yaml already says that"
        case .branchNotSettable:
            return "the branch cannot be changed with config set: it is where the history lives; rename it with git on every clone"
        case .neverSubmitted(let article):
            return "'\(article)' was never submitted: give the revisions to compare, e.g. `galley diff \(article) draft`"
        }
    }

    static func vietnamese(_ message: WorkspaceMessage) -> String {
        switch message {
        case .uncommittedArticleEdits(let path, let article):
            return "\(path) có chỗ sửa chưa lưu: lưu bằng `galley save \(article)` (hoặc bỏ bằng `git checkout -- \(path)`), rồi làm lại"
        case .uncommittedChanges(let path):
            return "\(path) có thay đổi chưa ghi trong thư mục làm việc: hãy ghi hoặc bỏ trước (git status cho thấy các thay đổi)"
        case .syncWouldOverwrite(let path):
            return "\(path) có chỗ sửa chưa lưu mà sync sẽ ghi đè: lưu bằng `galley save MÃ` (hoặc bỏ bằng git checkout), rồi sync lại"
        case .detachedHead(let location):
            return "HEAD đang tách khỏi nhánh trong \(location): hãy chuyển về nhánh của tòa soạn trước (git switch main)"
        case .initTargetIsFile(let path):
            return "\(path) là một tệp: hãy chọn một thư mục mới cho tòa soạn"
        case .initTargetNotEmpty(let path):
            return "\(path) không trống: galley init tạo tòa soạn mới trong thư mục mới hoặc trống, để không ghi đè thứ gì ở đó"
        case .cloneTargetNotEmpty(let path):
            return "\(path) đã có và không trống: hãy chọn thư mục khác"
        case .personAlreadyListed(let person):
            return "'\(person)' đã có trong danh sách: đổi vai trò bằng `galley people set \(person) --role …`"
        case .emailTaken(let email, let owner):
            return "\(email) đã là email của '\(owner)': mỗi người cần một email riêng"
        case .loginTaken(let login, let owner):
            return "tên đăng nhập '\(login)' đã dùng cho '\(owner)' (mã hoặc tên đăng nhập của người đó): mỗi người cần một tên riêng"
        case .alreadyDeactivated(let person):
            return "\(person) đã bị vô hiệu hóa từ trước"
        case .keyAlreadyRevoked(let fingerprint, let person):
            return "khóa \(fingerprint) của \(person) đã bị thu hồi từ trước"
        case .settingUnchanged(let key, let value):
            return "\(key) đã là '\(value)': không có gì để đổi"
        case .peopleUnchanged:
            return "không có gì để đổi: people.yaml đã ghi đúng như vậy"
        case .branchNotSettable:
            return "không đổi được nhánh bằng config set: lịch sử nằm ở đó; hãy đổi tên nhánh bằng git trên mọi bản sao"
        case .neverSubmitted(let article):
            return "'\(article)' chưa từng được gửi: hãy nêu hai phiên bản cần so, ví dụ `galley diff \(article) draft`"
        }
    }
}
