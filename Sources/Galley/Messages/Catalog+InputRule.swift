/// `InputRuleMessage` in both languages (see `Catalog`). The English keeps the sentences scripts and
/// tests already read.
extension Catalog {
    static func english(_ message: InputRuleMessage) -> String {
        switch message {
        case .nameEmpty:
            return "the name is empty"
        case .nameNotSingleLine:
            return "the name must be a single line"
        case .nameForbiddenCharacter(let character):
            return "the name contains \(characterName(character, in: .en)), which a git signature cannot hold"
        case .nameEdgeSpace(let name):
            return "the name '\(name)' begins or ends with a space"
        case .nameTooLong(let length, let limit):
            return "the name is \(length) characters long; the limit is \(limit)"
        case .emailEmpty:
            return "the email is empty"
        case .emailForbiddenCharacter(let email, let character):
            return "'\(email)' is not an email address: it contains \(characterName(character, in: .en))"
        case .emailNeedsOneAt(let email):
            return "'\(email)' is not an email address: it needs exactly one '@' between a name and a domain"
        case .emailTooLong(let bytes, let limit):
            return "the email is \(bytes) bytes long; the limit is \(limit)"
        case .invalidPersonID(let id):
            return "person id '\(id)' is not valid: use lowercase ASCII letters, digits, '.', '_' or '-' (e.g. thanhphu)"
        case .invalidAdminID(let id):
            return "admin id '\(id)' is not valid: use lowercase letters, digits, '.', '_' or '-' (e.g. nguyenvana)"
        case .invalidLogin(let login):
            return "'\(login)' is not a login: a user name without spaces, quotes or colons (at most 128 characters)"
        case .invalidSettingName(let key):
            return "'\(key)' is not a setting name (lowercase letters, digits, '_', '.', '-')"
        case .noRoleGiven(let roles):
            return "give at least one --role (\(roles.joined(separator: ", ")))"
        case .unknownRole(let role, let workflow, let roles):
            return "unknown role '\(role)': the \(workflow) workflow has \(roles.joined(separator: ", "))"
        case .unknownTimeZone(let zone):
            return "unknown time zone '\(zone)': use an IANA name such as Asia/Ho_Chi_Minh"
        case .workflowWithoutAdmin(let workflow):
            return "workflow '\(workflow)' has no 'admin' role: add it to roles so someone can manage people and settings"
        case .unknownWorkflow(let name, let builtIn):
            return "unknown workflow '\(name)': built in are \(builtIn.joined(separator: ", ")), or give the path of a .yaml file"
        case .malformedSections(let item):
            return "sections are written key=Label, separated by commas (thoi-su=Thời sự, kinh-te=Kinh tế), or none; not '\(item)'"
        case .notADate(let text):
            return "'\(text)' is not a date (YYYY-MM-DD) or an ISO 8601 time"
        case .sourceLinkNeedsSource:
            return "a source link needs the source's name too (--source \"Theo …\")"
        case .sourceLinkNotHTTP(let url):
            return "the source link must be an http:// or https:// address without spaces, not '\(url)'"
        case .bodyTooLarge(let bytes, let limit):
            return "the body is \(bytes) bytes; the limit is \(limit) bytes"
        case .bodyControlCharacter(let character):
            return "the body contains the control character \(TextInput.describe(character))"
        case .reservedFrontMatterKey(let key):
            return "the front matter key '\(key)' is Galley's own or decides when and where the site shows the page (Hugo reads keys in any case): remove it"
        case .newsItemNoTitle:
            return "the news item has no title"
        case .newsItemNoBody(let title):
            return "the news item \"\(title)\" has no body"
        case .notAnHTTPHeaderName(let name):
            return "'\(name)' is not an HTTP header name"
        case .noRepositoryAt(let path, let detail):
            return "no git repository at \(path): \(detail)"
        case .hookNeedsBareRepository(let path):
            return "\(path) has a work tree: install the hook in the bare central repository that people push to"
        case .galleyPathNotAbsolute(let path):
            return "the galley binary path must be absolute, not \(path)"
        case .foreignHookInTheWay(let path):
            return "\(path) already exists and is not Galley's: move it away (or chain it) first"
        }
    }

    static func vietnamese(_ message: InputRuleMessage) -> String {
        switch message {
        case .nameEmpty:
            return "Tên đang để trống"
        case .nameNotSingleLine:
            return "Tên chỉ được viết trên một dòng"
        case .nameForbiddenCharacter(let character):
            return "Tên có \(characterName(character, in: .vi)), ký tự mà chữ ký git không chứa được"
        case .nameEdgeSpace(let name):
            return "Tên '\(name)' có dấu cách ở đầu hoặc cuối"
        case .nameTooLong(let length, let limit):
            return "Tên dài \(length) ký tự; tối đa \(limit)"
        case .emailEmpty:
            return "Email đang để trống"
        case .emailForbiddenCharacter(let email, let character):
            return "'\(email)' không phải địa chỉ email: có \(characterName(character, in: .vi))"
        case .emailNeedsOneAt(let email):
            return "'\(email)' không phải địa chỉ email: cần đúng một dấu '@' giữa tên và tên miền"
        case .emailTooLong(let bytes, let limit):
            return "Email dài \(bytes) byte; tối đa \(limit)"
        case .invalidPersonID(let id):
            return "Mã người '\(id)' không hợp lệ: chỉ dùng chữ thường ASCII, chữ số, '.', '_' hoặc '-' (ví dụ thanhphu)"
        case .invalidAdminID(let id):
            return "Mã quản trị viên '\(id)' không hợp lệ: chỉ dùng chữ thường, chữ số, '.', '_' hoặc '-' (ví dụ nguyenvana)"
        case .invalidLogin(let login):
            return "'\(login)' không phải tên đăng nhập: cần một tên không có dấu cách, dấu nháy hay dấu hai chấm (tối đa 128 ký tự)"
        case .invalidSettingName(let key):
            return "'\(key)' không phải tên thiết lập (chữ thường, chữ số, '_', '.', '-')"
        case .noRoleGiven(let roles):
            return "Hãy ghi ít nhất một --role (\(roles.joined(separator: ", ")))"
        case .unknownRole(let role, let workflow, let roles):
            return "Không có vai trò '\(role)': quy trình \(workflow) có \(roles.joined(separator: ", "))"
        case .unknownTimeZone(let zone):
            return "Không có múi giờ '\(zone)': hãy dùng tên IANA, ví dụ Asia/Ho_Chi_Minh"
        case .workflowWithoutAdmin(let workflow):
            return "Quy trình '\(workflow)' không có vai trò 'admin': hãy thêm vào roles để có người quản lý nhân sự và thiết lập"
        case .unknownWorkflow(let name, let builtIn):
            return "Không có quy trình '\(name)': các quy trình có sẵn là \(builtIn.joined(separator: ", ")), hoặc hãy đưa đường dẫn tới một tệp .yaml"
        case .malformedSections(let item):
            return "Chuyên mục được viết dạng mã=Tên, cách nhau bằng dấu phẩy (thoi-su=Thời sự, kinh-te=Kinh tế), hoặc none; không phải '\(item)'"
        case .notADate(let text):
            return "'\(text)' không phải ngày (YYYY-MM-DD) hay thời điểm ISO 8601"
        case .sourceLinkNeedsSource:
            return "Đường dẫn nguồn cần kèm tên nguồn (--source \"Theo …\")"
        case .sourceLinkNotHTTP(let url):
            return "Đường dẫn nguồn phải là địa chỉ http:// hoặc https:// không có dấu cách, không phải '\(url)'"
        case .bodyTooLarge(let bytes, let limit):
            return "Nội dung bài dài \(bytes) byte; tối đa \(limit) byte"
        case .bodyControlCharacter(let character):
            return "Nội dung bài có ký tự điều khiển \(TextInput.describe(character))"
        case .reservedFrontMatterKey(let key):
            return "Khóa front matter '\(key)' là của riêng Galley hoặc quyết định trang được hiện khi nào, ở đâu trên website (Hugo đọc khóa không phân biệt hoa thường): hãy bỏ nó đi"
        case .newsItemNoTitle:
            return "Tin này không có tiêu đề"
        case .newsItemNoBody(let title):
            return "Tin \"\(title)\" không có nội dung"
        case .notAnHTTPHeaderName(let name):
            return "'\(name)' không phải tên trường tiêu đề HTTP hợp lệ"
        case .noRepositoryAt(let path, let detail):
            return "Không có kho git tại \(path): \(detail)"
        case .hookNeedsBareRepository(let path):
            return "\(path) có thư mục làm việc: hãy cài hook vào kho trung tâm dạng bare mà mọi người đẩy lên"
        case .galleyPathNotAbsolute(let path):
            return "Đường dẫn tới tệp chạy galley phải là đường dẫn tuyệt đối, không phải \(path)"
        case .foreignHookInTheWay(let path):
            return "\(path) đã có và không phải của Galley: hãy chuyển nó đi chỗ khác (hoặc gọi nối tiếp) trước"
        }
    }

    /// A character a name or email may not hold: a space by name, a visible ASCII one quoted,
    /// any other by its code point (`U+001B (ESC)`).
    private static func characterName(_ scalar: Unicode.Scalar, in language: Language) -> String {
        if scalar == " " { return language == .vi ? "dấu cách" : "a space" }
        return (0x21...0x7E).contains(scalar.value) ? "'\(scalar)'" : TextInput.describe(scalar)
    }
}
