import GitKit

/// Re-execution of a comment: the commit changes no path at all (its tree is its parent's),
/// and `StepSemantics` allows its actor a comment on the article as it stood at the parent.
extension Verifier {
    mutating func checkComment(
        _ commit: Commit, _ message: CommitMessage, _ person: Person?, _ changes: [PathChange], _ rules: RulesInForce, article: String
    ) throws(GalleyError) {
        let id = commit.id.hex
        for change in changes {
            report(id, Self.article(of: change.path) ?? article, .commentChangesFiles, .commentChangesFile(path: change.path, article: article))
        }
        guard let person else { return }  // unknown or inactive actor: already reported
        guard let path = try directory.path(of: article), let parent = commit.parents.first else {
            report(id, article, .trailerMismatch, .commentOnMissingArticle(article: article))
            return
        }
        let repository = self.repository
        guard let entry = try git("reading \(path)", { () throws(GitError) in try repository.treeEntry(at: path, inCommit: parent) }) else { return }
        let data = try git("reading \(path)", { () throws(GitError) in try repository.blobData(entry.id) })
        // The parent's version was judged when it was written; one that does not parse was reported then.
        guard let document = try? ArticleDocument.parse(try TextInput.decode(data, what: path), path: path) else { return }
        let step = ArticleStep(kind: .comment, article: article, actor: person, note: message.note, time: Self.time(of: commit), content: nil)
        switch StepSemantics.apply(step, to: StoredArticle(path: path, document: document), under: rules) {
        case .failure(let refusal): report(id, article, refusal)
        case .success(let outcome): compareTrailers(message.trailers, outcome.trailers, commit: id, article: article)
        }
    }
}
