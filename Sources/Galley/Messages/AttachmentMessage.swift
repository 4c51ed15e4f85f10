/// Sentences about photos and files attached to an article (issue 12), held as facts like `Message`.
public enum AttachmentMessage: Sendable, Equatable {
    /// The content is none of the accepted kinds (`accepted` as "JPEG", "PNG" …), whatever its name says.
    case unsupportedType(name: String, accepted: [String])
    /// Larger than galley.yaml's `attachment_max_mb`.
    case tooLarge(name: String, bytes: Int, limitBytes: Int)
    /// A name with a folder in it, `..`, a leading dot or a control character.
    case badName(given: String)
    /// An empty file.
    case empty(name: String)
    /// The article already has a file of that (sanitised) name.
    case exists(article: String, name: String)
    /// `detach` of a name the article does not list; `names` are the ones it has.
    case noSuchAttachment(article: String, name: String, names: [String])
    /// A caption, credit or alt text that breaks its limit (`what`: caption, credit, alt), with the reason.
    case badDescription(what: String, reason: String)
    /// The file to attach cannot be read (`reason` from the system).
    case unreadable(path: String, reason: String)
    /// galley.yaml's limit is not a whole number of megabytes in range.
    case badLimit(given: String, maximum: Int)
    /// A hand edit of `resources:` in the work tree (or the editor) where `attach`/`detach` belong.
    case resourcesByHand(path: String, article: String)
    /// Confirmations.
    case attached(article: String, name: String, bytes: Int)
    case detached(article: String, name: String)
}

/// `AttachmentMessage` in both languages (see `Catalog`).
extension Catalog {
    static func english(_ message: AttachmentMessage) -> String {
        switch message {
        case .unsupportedType(let name, let accepted):
            return "\(name) is not a \(list(accepted, or: "or")) file by its content (its first bytes say so, whatever its name): only those can be attached"
        case .tooLarge(let name, let bytes, let limit):
            return "\(name) is \(megabytes(bytes)) MB; this newsroom takes files up to \(megabytes(limit)) MB (galley.yaml attachment_max_mb): make the photo smaller"
        case .badName(let given):
            return "'\(given)' cannot be a file name in an article: give a plain name without folders, '..', a leading dot or control characters"
        case .empty(let name):
            return "\(name) is empty: there is nothing to attach"
        case .exists(let article, let name):
            return "'\(article)' already has a file \(name): detach it first (`galley detach \(article) \(name)`), or attach under another name (--name)"
        case .noSuchAttachment(let article, let name, let names):
            return names.isEmpty
                ? "'\(article)' has no attached files, so no \(name)"
                : "'\(article)' has no file \(name); it has \(names.joined(separator: ", "))"
        case .badDescription(let what, let reason):
            return "the \(what): \(reason)"
        case .unreadable(let path, let reason):
            return "cannot read \(path): \(reason)"
        case .badLimit(let given, let maximum):
            return "attachment_max_mb must be a whole number of megabytes from 1 to \(maximum), not '\(given)'"
        case .resourcesByHand(let path, let article):
            return "\(path): resources: lists the attached files and changes with them: use `galley attach \(article) FILE --caption …` or `galley detach \(article) NAME`, restore resources: and save again"
        case .attached(let article, let name, let bytes):
            return "Attached \(name) (\(fileSize(bytes))) to \(article)"
        case .detached(let article, let name):
            return "Detached \(name) from \(article) (the file stays in the history)"
        }
    }

    static func vietnamese(_ message: AttachmentMessage) -> String {
        switch message {
        case .unsupportedType(let name, let accepted):
            return "Nội dung của \(name) không phải tệp \(list(accepted, or: "hay")) (xét theo những byte đầu tiên, bất kể tên tệp): chỉ được đính kèm các loại tệp này"
        case .tooLarge(let name, let bytes, let limit):
            return "\(name) nặng \(megabytes(bytes)) MB; tòa soạn chỉ nhận tệp tối đa \(megabytes(limit)) MB (attachment_max_mb trong galley.yaml): hãy giảm dung lượng ảnh"
        case .badName(let given):
            return "'\(given)' không dùng được làm tên tệp trong bài: hãy đặt tên đơn giản, không có thư mục, '..', dấu chấm ở đầu hay ký tự điều khiển"
        case .empty(let name):
            return "\(name) là tệp rỗng: không có gì để đính kèm"
        case .exists(let article, let name):
            return "Bài '\(article)' đã có tệp \(name): hãy gỡ tệp đó trước (`galley detach \(article) \(name)`) hoặc đính kèm với tên khác (--name)"
        case .noSuchAttachment(let article, let name, let names):
            return names.isEmpty
                ? "Bài '\(article)' chưa đính kèm tệp nào, nên không có \(name)"
                : "Bài '\(article)' không có tệp \(name); các tệp đính kèm: \(names.joined(separator: ", "))"
        case .badDescription(let what, let reason):
            let label = ["caption": "chú thích ảnh", "credit": "tác giả ảnh", "alt": "mô tả thay thế"][what] ?? what
            return "Phần \(label): \(reason)"
        case .unreadable(let path, let reason):
            return "Không đọc được \(path): \(reason)"
        case .badLimit(let given, let maximum):
            return "attachment_max_mb phải là số megabyte nguyên từ 1 đến \(maximum), không phải '\(given)'"
        case .resourcesByHand(let path, let article):
            return "\(path): resources: là danh sách tệp đính kèm, chỉ thay đổi cùng các tệp đó: hãy dùng `galley attach \(article) TỆP --caption …` hoặc `galley detach \(article) TÊN`, khôi phục resources: rồi lưu lại"
        case .attached(let article, let name, let bytes):
            return "Đã đính kèm \(name) (\(fileSize(bytes))) vào bài \(article)"
        case .detached(let article, let name):
            return "Đã gỡ \(name) khỏi bài \(article) (tệp vẫn còn trong lịch sử)"
        }
    }

    /// Megabytes with one decimal, as a limit is read.
    private static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes * 10 + 524_288) / 1_048_576
        return "\(tenths / 10).\(tenths % 10)"
    }

    /// A file's size as a person reads it: "850 KB", "2.4 MB" (the same in both languages).
    public static func fileSize(_ bytes: Int) -> String {
        bytes < 1_048_576 ? "\(max(1, (bytes + 512) / 1024)) KB" : "\(megabytes(bytes)) MB"
    }
}
