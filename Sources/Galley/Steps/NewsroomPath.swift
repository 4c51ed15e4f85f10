/// What a path in a newsroom tree is (design §3), so every changed path of a
/// commit can be explained by its step.
enum NewsroomPath: Equatable {
    /// galley.yaml, workflow.yaml or people.yaml.
    case rules(String)
    /// A file in an article's folder `articles/YYYY/MM/DD/<id>/`.
    case article(id: String, folder: String)
    /// Under `articles/` but not inside an article folder.
    case strayArticleFile
    /// Anything else (README.md, .gitattributes, site files).
    case site

    static let rulesFiles: Set<String> = [NewsroomConfig.path, Newsroom.workflowPath, People.path]

    init(_ path: String) {
        if Self.rulesFiles.contains(path) {
            self = .rules(path)
            return
        }
        guard path.hasPrefix(ArticleLayout.root + "/") else {
            self = .site
            return
        }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count >= 6, Self.isDigits(parts[1], 4), Self.isDigits(parts[2], 2), Self.isDigits(parts[3], 2),
            ArticleID.isValid(String(parts[4]))
        else {
            self = .strayArticleFile
            return
        }
        self = .article(id: String(parts[4]), folder: parts[0...4].joined(separator: "/"))
    }

    private static func isDigits(_ part: Substring, _ count: Int) -> Bool {
        part.utf8.count == count && part.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }
}
