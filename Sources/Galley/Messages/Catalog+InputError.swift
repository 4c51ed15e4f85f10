/// `InputErrorMessage` in both languages (see `Catalog`). The English keeps the wording scripts and
/// tests already read (`path:line: YAML error: …`).
extension Catalog {
    static func english(_ message: InputErrorMessage) -> String {
        switch message {
        case .malformedYAML(let file, let line, let column, let problem):
            return "\(file):\(line): YAML error: \(problem)" + (column.map { " (column \($0))" } ?? "")
        case .duplicateYAMLKeys(let file, let line, let keys):
            return "\(file):\(line): YAML error: the key \(keys.map { "'\($0)'" }.joined(separator: ", ")) appears twice in this mapping"
        case .emptyYAMLFile(let file):
            return "\(file): the file is empty"
        case .unreadableFile(let path, let reason):
            let why = switch reason {
            case .missing: ": there is no such file"
            case .folder: ": it is a folder, not a file"
            case .notPermitted: ": permission denied"
            case .unknown: ""
            }
            return "cannot read \(path)\(why)"
        case .invalidUTF8(let what, let offset):
            return "\(what) is not valid UTF-8: invalid byte at offset \(offset)"
        case .lockHeld(let seconds, let central):
            let whose = central.map { "the central repository's write lock (\($0))" } ?? "the repository's write lock"
            return "could not take \(whose): another process has held it for more than \(seconds) s "
                + "(is another galley command stuck? it is released when that process ends)"
        case .unknownRevision(let revision):
            return "unknown revision '\(revision)': give a commit id, a branch or HEAD~N"
        case .unknownPersonListed(let person, let known):
            return "unknown person '\(person)': people.yaml lists \(known.joined(separator: ", "))"
        }
    }

    static func vietnamese(_ message: InputErrorMessage) -> String {
        switch message {
        case .malformedYAML(let file, let line, let column, let problem):
            return "\(file):\(line): lỗi cú pháp YAML\(column.map { " (cột \($0))" } ?? ""): \(problem)"
        case .duplicateYAMLKeys(let file, let line, let keys):
            return "\(file):\(line): lỗi YAML: khóa \(keys.map { "'\($0)'" }.joined(separator: ", ")) xuất hiện hai lần trong cùng một mục"
        case .emptyYAMLFile(let file):
            return "\(file): tệp trống"
        case .unreadableFile(let path, let reason):
            let why = switch reason {
            case .missing: ": không có tệp này"
            case .folder: ": đây là thư mục, không phải tệp"
            case .notPermitted: ": không có quyền đọc"
            case .unknown: ""
            }
            return "không đọc được \(path)\(why)"
        case .invalidUTF8(let what, let offset):
            return "\(what) không phải văn bản UTF-8 hợp lệ: byte sai ở vị trí \(offset)"
        case .lockHeld(let seconds, let central):
            let whose = central.map { "khóa ghi của kho trung tâm (\($0))" } ?? "khóa ghi của kho"
            return "không lấy được \(whose): một tiến trình khác đã giữ nó hơn \(seconds) giây "
                + "(có lệnh galley nào đang bị treo không? Khóa được nhả khi tiến trình đó kết thúc)"
        case .unknownRevision(let revision):
            return "không có phiên bản '\(revision)': hãy ghi mã commit, tên nhánh hoặc HEAD~N"
        case .unknownPersonListed(let person, let known):
            return "không có người '\(person)': people.yaml có \(known.joined(separator: ", "))"
        }
    }
}
