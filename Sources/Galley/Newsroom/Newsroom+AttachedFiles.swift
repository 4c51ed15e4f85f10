import Foundation
import GitKit

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
