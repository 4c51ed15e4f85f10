import GitKit

/// A step's parameters as the file it wrote records them, shared by the full check and the
/// predicted one (`Verifier+PredictedStep`), so both judge a commit by the same step.
extension Verifier {
    struct StepParameters: Equatable {
        /// The step carries the article's text (a create, a revision, a correction).
        var carriesText: Bool
        var publishAt: Timestamp?
        var embargoUntil: Timestamp?
    }

    /// The step's times come from the file it wrote: `publish --at` as `publishDate`, `embargo --until` as
    /// `embargo`. A value the step did not change is no parameter; one it may not write, StepSemantics refuses.
    static func parameters(
        of kind: ArticleStep.Kind, writing written: ArticleDocument, on current: StoredArticle?, workflow: Workflow
    ) -> StepParameters {
        var parameters = StepParameters(
            carriesText: false,
            publishAt: written.meta.publishDate != current?.document.meta.publishDate ? written.meta.publishDate : nil,
            embargoUntil: written.meta.embargo != current?.document.meta.embargo ? written.meta.embargo : nil)
        switch kind {
        case .create, .revise: parameters.carriesText = true
        case .embargo: parameters.embargoUntil = written.meta.embargo
        case .attach, .detach, .assign, .comment: break
        case .transition(let transition):
            let claimed = current.flatMap { workflow.transition(named: transition, from: $0.document.meta.state) }
            parameters.carriesText = claimed?.requiresBody ?? false
            if let claimed, let from = current?.document.meta.state, workflow.isPublished(claimed.to), !workflow.isPublished(from) {
                parameters.publishAt = written.meta.publishDate
            }
        }
        return parameters
    }
}
