import GitKit

/// Re-execution of attach and detach: the step is rebuilt from the file the
/// commit added (its bytes and its name in the tree) or removed, and from the
/// `resources:` entry the commit wrote for it, then judged by `StepSemantics`
/// like every other step.
extension Verifier {
    /// Whether `path` is a file directly in the folder of `article` other than its index.md.
    static func isBundleFile(_ path: String, of article: String) -> Bool {
        guard case .article(article, let folder) = NewsroomPath(path), path.hasPrefix(folder + "/") else { return false }
        let name = path.dropFirst(folder.count + 1)
        return !name.isEmpty && !name.contains("/") && name != ArticleLayout.fileName
    }

    /// The attachment the commit's file change stands for; nil (reported) when the change is not one an attach
    /// or detach makes.
    mutating func attachmentChange(
        _ kind: ArticleStep.Kind, _ change: PathChange, written: ArticleDocument, commit id: String, article: String
    ) throws(GalleyError) -> AttachmentChange? {
        let name = String(change.path.split(separator: "/").last ?? "")
        if kind == .detach {
            guard change.status == .deleted else {
                report(id, article, .trailerMismatch, "a 'detach' step removes \(change.path); this commit \(change.oldBlob == nil ? "adds" : "changes") it")
                return nil
            }
            return .remove(name: name)
        }
        guard change.status == .added, let blob = change.newBlob else {
            report(
                id, article, .trailerMismatch,
                "an 'attach' step adds a new file; this commit \(change.status == .deleted ? "removes" : "changes") \(change.path) (detach it and attach the new one)")
            return nil
        }
        guard change.newMode == PathChange.regularFileMode else { return nil }  // reported by checkFileTypes
        let repository = self.repository
        let data = try git("reading \(change.path)", { () throws(GitError) in try repository.blobData(blob) })
        let entry = written.meta.resources.first { $0.src == name }
        return .add(AttachmentFile(name: name, data: data, caption: entry?.title, credit: entry?.credit, alt: entry?.alt))
    }
}
