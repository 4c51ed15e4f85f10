/// `FrontMatterMessage` in both languages (see `Catalog`): `file:line: problem`, the English as
/// scripts and tests already read it.
extension Catalog {
    static func english(_ message: FrontMatterMessage) -> String {
        "\(message.file):\(message.line): " + english(message.problem)
    }

    static func vietnamese(_ message: FrontMatterMessage) -> String {
        "\(message.file):\(message.line): " + vietnamese(message.problem)
    }

    private static func english(_ problem: FrontMatterMessage.Problem) -> String {
        switch problem {
        case .noOpening: "missing the opening '---' of the front matter"
        case .noClosing: "the front matter opened here has no closing '---'"
        case .empty: "the front matter is empty"
        case .notAMapping: "the front matter must be a mapping of keys to values"
        case .notBlockStyle: "the front matter must be block-style 'key: value' lines starting in column 1"
        case .keyNotPlainText: "a front matter key must be plain text"
        case .duplicateKey(let key): "duplicate key '\(key)' (front matter keys are read without regard to case)"
        case .duplicateKeys(let keys): "duplicate key \(keys.map { "'\($0)'" }.joined(separator: ", "))"
        case .missingKey(let key): "the front matter has no '\(key)'"
        case .invalidID(let id, let maximumLength):
            "'\(id)' is not a valid article id (a-z, 0-9 and single hyphens, at most \(maximumLength) characters)"
        case .titleEmpty: "'title' is empty"
        case .notAPersonID(let key, let value): "'\(key)' must be a person id (a-z, 0-9, '.', '_', '-'), not '\(value)'"
        case .notText(let key): "'\(key)' must be text"
        case .notBoolean(let key): "'\(key)' must be true or false"
        case .notAList(let key): "'\(key)' must be a list, e.g. \(key): [\"a\", \"b\"]"
        case .notATime(let key, let value): "'\(key)' is not an ISO 8601 time with an offset (like 2019-09-11T18:11:27+07:00): '\(value)'"
        case .yamlError(let detail): "YAML error: \(detail)"
        case .unreadableYAML(let detail): "unreadable YAML: \(detail)"
        }
    }

    private static func vietnamese(_ problem: FrontMatterMessage.Problem) -> String {
        switch problem {
        case .noOpening: "thiếu dòng '---' mở đầu phần front matter"
        case .noClosing: "phần front matter mở ở đây không có dòng '---' đóng lại"
        case .empty: "phần front matter trống"
        case .notAMapping: "phần front matter phải là các cặp khóa: giá trị"
        case .notBlockStyle: "phần front matter phải gồm các dòng 'khóa: giá trị' bắt đầu từ cột 1"
        case .keyNotPlainText: "khóa trong front matter phải là chữ thường (plain text)"
        case .duplicateKey(let key): "khóa '\(key)' bị lặp (khóa trong front matter không phân biệt hoa thường)"
        case .duplicateKeys(let keys): "khóa \(keys.map { "'\($0)'" }.joined(separator: ", ")) bị lặp"
        case .missingKey(let key): "phần front matter thiếu khóa '\(key)'"
        case .invalidID(let id, let maximumLength):
            "'\(id)' không phải mã bài viết hợp lệ (a-z, 0-9 và dấu gạch nối đơn, tối đa \(maximumLength) ký tự)"
        case .titleEmpty: "'title' đang để trống"
        case .notAPersonID(let key, let value): "'\(key)' phải là mã người (a-z, 0-9, '.', '_', '-'), không phải '\(value)'"
        case .notText(let key): "'\(key)' phải là văn bản"
        case .notBoolean(let key): "'\(key)' phải là true hoặc false"
        case .notAList(let key): "'\(key)' phải là một danh sách, ví dụ \(key): [\"a\", \"b\"]"
        case .notATime(let key, let value): "'\(key)' không phải thời điểm ISO 8601 có múi giờ (như 2019-09-11T18:11:27+07:00): '\(value)'"
        case .yamlError(let detail): "lỗi YAML: \(detail)"
        case .unreadableYAML(let detail): "không đọc được YAML: \(detail)"
        }
    }
}
