/// A file of the article's page bundle (a photo, a PDF) as its front matter
/// describes it, in Hugo's own form: `resources:` entries with `src`, `title`
/// (the caption) and `params` (`credit`, `alt`), so a Hugo template reads them
/// with `.Resources.GetMatch` and `.Title` / `.Params.credit` without any
/// Galley-specific code. The file itself lies beside `index.md` under `src`.
public struct ArticleResource: Sendable, Equatable {
    /// The file's name in the article's folder (sanitised: a-z, 0-9, '-', '_', one '.' before the extension).
    public var src: String
    /// The caption a reader sees under the photo.
    public var title: String?
    /// Who made it ("Ảnh: Hà Ngọc").
    public var credit: String?
    /// Text for readers who cannot see the image.
    public var alt: String?

    public init(src: String, title: String? = nil, credit: String? = nil, alt: String? = nil) {
        self.src = src
        self.title = title
        self.credit = credit
        self.alt = alt
    }

    /// The lines `rendered()` writes for this entry, in a fixed order.
    func renderedLines() -> [String] {
        typealias Q = YAMLQuoting
        var lines = ["  - src: \(Q.quoted(src))"]
        if let title { lines.append("    title: \(Q.quoted(title))") }
        if credit != nil || alt != nil {
            lines.append("    params:")
            if let credit { lines.append("      credit: \(Q.quoted(credit))") }
            if let alt { lines.append("      alt: \(Q.quoted(alt))") }
        }
        return lines
    }

    /// Reads the entries `renderedLines()` writes from `lines[index...]`, advancing `index`;
    /// nil when the block is not exactly Galley's form (the caller takes the full YAML path).
    static func readCanonical(_ lines: [String], from index: inout Int) -> [ArticleResource]? {
        var resources: [ArticleResource] = []
        while index < lines.count, lines[index].hasPrefix("  - src: ") {
            guard let src = CanonicalFrontMatter.quoted(lines[index].dropFirst(9)) else { return nil }
            var resource = ArticleResource(src: src)
            index += 1
            if index < lines.count, lines[index].hasPrefix("    title: ") {
                guard let title = CanonicalFrontMatter.quoted(lines[index].dropFirst(11)) else { return nil }
                resource.title = title
                index += 1
            }
            if index < lines.count, lines[index] == "    params:" {
                index += 1
                if index < lines.count, lines[index].hasPrefix("      credit: ") {
                    guard let credit = CanonicalFrontMatter.quoted(lines[index].dropFirst(14)) else { return nil }
                    resource.credit = credit
                    index += 1
                }
                if index < lines.count, lines[index].hasPrefix("      alt: ") {
                    guard let alt = CanonicalFrontMatter.quoted(lines[index].dropFirst(11)) else { return nil }
                    resource.alt = alt
                    index += 1
                }
                guard resource.credit != nil || resource.alt != nil else { return nil }
            }
            resources.append(resource)
        }
        return resources.isEmpty ? nil : resources
    }
}
