import Foundation

/// One section of the paper: the key articles store (`thoi-su`) and the label people
/// read and type (`Thời sự`). A newsroom that lists sections in `galley.yaml` refuses
/// any other; one that lists none keeps sections as free text.
public struct NewsroomSection: Sendable, Equatable {
    public var key: String
    public var label: String

    public init(key: String, label: String) {
        self.key = key
        self.label = label
    }

    /// What `galley init` writes: the sections most Vietnamese papers print.
    public static let defaults: [NewsroomSection] = [
        ("thoi-su", "Thời sự"), ("the-gioi", "Thế giới"), ("kinh-te", "Kinh tế"), ("xa-hoi", "Xã hội"),
        ("phap-luat", "Pháp luật"), ("giao-duc", "Giáo dục"), ("suc-khoe", "Sức khỏe"), ("van-hoa", "Văn hóa"),
        ("the-thao", "Thể thao"), ("khoa-hoc-cong-nghe", "Khoa học - Công nghệ"), ("ban-doc", "Bạn đọc"),
    ].map { NewsroomSection(key: $0.0, label: $0.1) }

    /// A key is written like an article id: lowercase ASCII letters, digits and single hyphens.
    public static func isValidKey(_ key: String) -> Bool { ArticleID.isValid(key) && key.count <= 80 }

    /// How input is compared: marks and case dropped as ids fold (đ → d), hyphens read as spaces.
    static func folded(_ text: String) -> String {
        ArticleID.fold(text).replacingOccurrences(of: "-", with: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// `config set sections "thoi-su=Thời sự, kinh-te=Kinh tế"`; `none` clears the list
    /// (sections become free text again). galley.yaml's own parse then checks the result.
    public static func list(_ text: String) throws(GalleyError) -> [NewsroomSection] {
        if text.trimmingCharacters(in: .whitespaces) == "none" { return [] }
        var sections: [NewsroomSection] = []
        for item in text.split(separator: ",") {
            let parts = item.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, isValidKey(parts[0]), !parts[1].isEmpty else {
                throw GalleyError(.invalidInput, .inputRule(.malformedSections(item: String(item))))
            }
            sections.append(NewsroomSection(key: parts[0], label: parts[1]))
        }
        return sections
    }

    /// "thoi-su (Thời sự)", as a refusal lists the sections.
    public var display: String { "\(key) (\(label))" }
}

extension NewsroomConfig {
    /// The section `given` names — its key, or its key or label without regard to case,
    /// Vietnamese marks, hyphens or spacing (`"thoi su"`, `"Thời sự"` → `thoi-su`).
    /// Without a list, the text as given (free-text sections); nil when the list has no such section.
    public func section(matching given: String) -> String? {
        guard !sections.isEmpty else { return given }
        if sections.contains(where: { $0.key == given }) { return given }
        let folded = NewsroomSection.folded(given)
        return sections.first { NewsroomSection.folded($0.key) == folded || NewsroomSection.folded($0.label) == folded }?.key
    }

    /// The refusal for a section the list lacks, listing those it has.
    public func unknownSection(_ given: String) -> Message {
        .editorial(.unknownSection(given: given, sections: sections.map(\.display)))
    }
}
