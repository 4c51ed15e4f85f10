import Foundation

/// Photos neither compress nor delta against each other, so git's delta search over them
/// is pure cost: on ten days of a paper (900 photos of 500 KB) `git gc` took 98.7 s with
/// it and 10.6 s without (Benchmarks/attachment-growth.sh, docs/attachments.md). The
/// template's `.gitattributes` marks the kinds `attach` takes `-delta`; a bare repository
/// does not read the tree's attributes (git before 2.42), so `init --bare` and
/// `hook install` write the same lines into `$GIT_DIR/info/attributes`.
enum PackAttributes {
    /// The template's `-delta` lines: the one list, in `repo-template/.gitattributes`.
    static var lines: [String] {
        let template = BuiltIn.templateFiles.first { $0.path == ".gitattributes" }?.text ?? ""
        return template.split(separator: "\n").map(String.init).filter { $0.hasSuffix(" -delta") && !$0.hasPrefix("#") }
    }

    /// Adds the lines `info/attributes` lacks (keeping whatever else is there).
    static func install(gitDirectory: String) throws(GalleyError) {
        let path = gitDirectory + "/info/attributes"
        let existing = FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) } ?? ""
        let have = Set(existing.split(separator: "\n").map(String.init))
        let missing = lines.filter { !have.contains($0) }
        guard !missing.isEmpty else { return }
        var text = existing
        if !text.isEmpty && !text.hasSuffix("\n") { text += "\n" }
        text += "# galley: photos and PDFs are stored whole (no delta search in git gc)\n" + missing.joined(separator: "\n") + "\n"
        do {
            try FileManager.default.createDirectory(atPath: gitDirectory + "/info", withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw GalleyError(.failure, .localFile(.fileNotWritten(path: path, detail: error.localizedDescription)))
        }
    }
}
