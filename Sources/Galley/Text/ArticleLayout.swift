/// Where articles live in a newsroom repository (design §3).
public enum ArticleLayout {
    public static let root = "articles"
    public static let fileName = "index.md"

    /// `articles/YYYY/MM/DD/<id>/index.md` for an article created at `created` (its local day).
    public static func path(id: String, created: Timestamp) -> String {
        "\(root)/\(created.dayPath)/\(id)/\(fileName)"
    }

    /// The article's folder (its page bundle) from the path of its `index.md`.
    public static func folder(of indexPath: String) -> String {
        indexPath.hasSuffix("/" + fileName) ? String(indexPath.dropLast(fileName.count + 1)) : indexPath
    }
}
