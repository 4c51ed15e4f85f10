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

    /// The files of the article's folder (besides index.md) the claimed step may write: one for an attach
    /// or detach; for a transition (a correction replacing a photo) one changed file, or one removed and one added.
    static func bundleChanges(_ kind: ArticleStep.Kind, _ changes: [PathChange], of article: String) -> [PathChange] {
        let files = changes.filter { isBundleFile($0.path, of: article) }
        switch kind {
        case .attach, .detach: return Array(files.prefix(1))
        case .transition:
            if files.count == 1, files[0].status == .modified { return files }
            if files.count == 2, files.contains(where: { $0.status == .deleted }), files.contains(where: { $0.status == .added }) { return files }
            return []
        default: return []
        }
    }

    /// The photo a correction's file changes stand for: the removed (or changed) file's name, replaced by the
    /// added file with the entry the commit wrote for it.
    func replacement(_ files: [PathChange], written: ArticleDocument) throws(GalleyError) -> AttachmentChange? {
        guard let added = files.first(where: { $0.status != .deleted }), let blob = added.newBlob,
            added.newMode == PathChange.regularFileMode
        else { return nil }
        let old = files.first { $0.status == .deleted } ?? added
        func name(_ change: PathChange) -> String { String(change.path.split(separator: "/").last ?? "") }
        let repository = self.repository
        let data = try git("reading \(added.path)", { () throws(GitError) in try repository.blobData(blob) })
        let entry = written.meta.resources.first { $0.src == name(added) }
        return .replace(
            name: name(old), with: AttachmentFile(name: name(added), data: data, caption: entry?.title, credit: entry?.credit, alt: entry?.alt))
    }

    /// The attachment the commit's file change stands for; nil (reported) when the change is not one an attach
    /// or detach makes.
    mutating func attachmentChange(
        _ kind: ArticleStep.Kind, _ change: PathChange, written: ArticleDocument, commit id: String, article: String
    ) throws(GalleyError) -> AttachmentChange? {
        let name = String(change.path.split(separator: "/").last ?? "")
        if kind == .detach {
            guard change.status == .deleted else {
                report(id, article, .trailerMismatch, .detachKeepsFile(path: change.path, added: change.oldBlob == nil))
                return nil
            }
            return .remove(name: name)
        }
        guard change.status == .added, let blob = change.newBlob else {
            report(
                id, article, .trailerMismatch,
                .attachReplacesFile(path: change.path, removed: change.status == .deleted))
            return nil
        }
        guard change.newMode == PathChange.regularFileMode else { return nil }  // reported by checkFileTypes
        let repository = self.repository
        let data = try git("reading \(change.path)", { () throws(GitError) in try repository.blobData(blob) })
        let entry = written.meta.resources.first { $0.src == name }
        return .add(AttachmentFile(name: name, data: data, caption: entry?.title, credit: entry?.credit, alt: entry?.alt))
    }
}
