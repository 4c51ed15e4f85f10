/// `TextFieldMessage` in both languages (see `Catalog`). The English keeps the sentences scripts
/// and tests already read ("the title is empty").
extension Catalog {
    static func english(_ message: TextFieldMessage) -> String {
        switch message {
        case .notSingleLine(let field):
            return "\(english(field)) must be a single line"
        case .controlCharacter(let field, let character):
            return "\(english(field)) contains the control character \(TextInput.describe(character))"
        case .empty(let field):
            return "\(english(field)) is empty"
        case .tooLong(let field, let length, let limit):
            return "\(english(field)) is \(length) characters long; the limit is \(limit)"
        case .tooLarge(let what, let bytes, let limit):
            return "\(what) is \(bytes) bytes; the limit is \(limit) bytes"
        case .controlCharacterOnLine(let what, let character, let line):
            return "\(what) contains the control character \(TextInput.describe(character)) on line \(line)"
        }
    }

    static func vietnamese(_ message: TextFieldMessage) -> String {
        switch message {
        case .notSingleLine(let field):
            return "\(vietnamese(field)) chỉ được viết trên một dòng"
        case .controlCharacter(let field, let character):
            return "\(vietnamese(field)) có ký tự điều khiển \(TextInput.describe(character))"
        case .empty(let field):
            return "\(vietnamese(field)) đang để trống"
        case .tooLong(let field, let length, let limit):
            return "\(vietnamese(field)) dài \(length) ký tự; tối đa \(limit) ký tự"
        case .tooLarge(let what, let bytes, let limit):
            return "\(what) dài \(bytes) byte; tối đa \(limit) byte"
        case .controlCharacterOnLine(let what, let character, let line):
            return "\(what) có ký tự điều khiển \(TextInput.describe(character)) ở dòng \(line)"
        }
    }

    private static func english(_ field: TextFieldMessage.Field) -> String {
        switch field {
        case .title: "the title"
        case .byline: "the byline"
        case .section: "the section"
        case .summary: "the summary"
        case .source: "the source"
        case .sourceLink: "the source link"
        case .tag: "a tag"
        case .penName: "the pen name"
        case .caption: "caption"
        case .credit: "credit"
        case .alt: "alt"
        case .assignedSection: "a section"
        case .name: "the name"
        case .email: "the email"
        case .value: "the value"
        case .adminName: "the admin's name"
        case .adminEmail: "the admin's email"
        case .newsroomName: "the newsroom name"
        case .sectionLabel(let key): "the label of \(key)"
        }
    }

    /// The field as the subject of a Vietnamese sentence (capitalised).
    private static func vietnamese(_ field: TextFieldMessage.Field) -> String {
        switch field {
        case .title: "Tiêu đề"
        case .byline: "Dòng ký tên"
        case .section: "Chuyên mục"
        case .summary: "Sapo"
        case .source: "Nguồn tin"
        case .sourceLink: "Đường dẫn nguồn"
        case .tag: "Một thẻ"
        case .penName: "Bút danh"
        case .caption: "Chú thích ảnh"
        case .credit: "Tác giả ảnh"
        case .alt: "Mô tả thay thế"
        case .assignedSection: "Một chuyên mục"
        case .name: "Tên"
        case .email: "Email"
        case .value: "Giá trị"
        case .adminName: "Tên quản trị viên"
        case .adminEmail: "Email quản trị viên"
        case .newsroomName: "Tên tòa soạn"
        case .sectionLabel(let key): "Nhãn của chuyên mục \(key)"
        }
    }
}
