/// A workflow-step command: the article is its `StepOptions`' id.
protocol NamesArticleInStep: NamesArticle {
    var step: StepOptions { get set }
}

extension NamesArticleInStep {
    var global: GlobalOptions { step.global }
    var articleReference: String? {
        get { step.id }
        set { if let newValue { step.id = newValue } }
    }
}

extension GalleyCommand.Submit: NamesArticleInStep {}
extension GalleyCommand.Approve: NamesArticleInStep {}
extension GalleyCommand.Publish: NamesArticleInStep {}
extension GalleyCommand.Reject: NamesArticleInStep {}
extension GalleyCommand.Retract: NamesArticleInStep {}
extension GalleyCommand.Spike: NamesArticleInStep {}
extension GalleyCommand.Correct: NamesArticleInStep {}
extension GalleyCommand.Transition: NamesArticleInStep {}
