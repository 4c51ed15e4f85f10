import Foundation
import GitKit

/// An attached file as `show`, `diff`, JSON and the desk list it: its entry and what the tree holds.
public struct AttachedFile: Sendable, Equatable {
    public var name: String
    public var caption: String?
    public var credit: String?
    public var alt: String?
    /// Size of the stored file; 0 when the tree lacks it (only a hand-made commit can do that).
    public var bytes: Int
    /// The kind its name says (its content was checked when attached).
    public var type: AttachmentType?
    /// The git blob id, nil when the tree lacks the file.
    public var blob: String?
}

extension Newsroom {
    /// The files listed in the article's `resources:`, in order, at the tip or `revision`.
    public func attachments(of id: String, at revision: String? = nil) throws(GalleyError) -> [AttachedFile] {
        let snapshot = try snapshot(at: revision)
        let article = try article(id, in: snapshot)
        return try attachments(of: article, at: snapshot.commit)
    }

    func attachments(of article: StoredArticle, at commit: ObjectID) throws(GalleyError) -> [AttachedFile] {
        let repository = self.repository
        let folder = ArticleLayout.folder(of: article.path)
        return try article.document.meta.resources.map { (resource) throws(GalleyError) -> AttachedFile in
            let path = folder + "/" + resource.src
            let entry = try git("reading \(path)", { () throws(GitError) in try repository.treeEntry(at: path, inCommit: commit) })
            let bytes = try entry.map { (entry) throws(GalleyError) in
                try git("reading \(path)", { () throws(GitError) in try repository.objectSize(entry.id) })
            } ?? 0
            return AttachedFile(
                name: resource.src, caption: resource.title, credit: resource.credit, alt: resource.alt, bytes: bytes,
                type: AttachmentType(fileName: resource.src), blob: entry?.id.hex)
        }
    }
}
