extension Newsroom {
    /// The one place the writer turns an article step into a change: `StepSemantics`
    /// decides what is written (the same function `verify` and the hook re-run),
    /// this only wraps it as a commit. A refusal says what happened last to the article.
    func change(for step: ArticleStep, on stored: StoredArticle?, in snapshot: Snapshot) throws(GalleyError) -> Change {
        switch StepSemantics.apply(step, to: stored, under: snapshot.rules) {
        case .failure(let refusal):
            throw try withLatestStep(refusal.error, article: step.article)
        case .success(let outcome):
            let message = CommitMessage(subject: outcome.subject, note: step.note, trailers: outcome.trailers)
            return Change(
                files: (outcome.writesFile ? [.init(path: outcome.path, content: outcome.document.rendered())] : [])
                    + outcome.files.map { .init(path: $0.path, bytes: $0.data) },
                message: message, actor: step.actor,
                time: step.time, articlePath: outcome.path)
        }
    }
}
