import ArgumentParser
import Galley

/// A command that names one article by its id. `Entry` resolves a unique prefix of an
/// id to the id before the command runs, so every such command (the workflow steps too)
/// accepts one the same way.
protocol NamesArticle: ParsableCommand {
    var global: GlobalOptions { get }
    /// The article named on the command line (nil: none, as `log` without an id).
    var articleReference: String? { get set }
    /// The revision the article is looked up at (`show --at`); nil: the tip.
    var articleRevision: String? { get }
}

extension NamesArticle {
    var articleRevision: String? { nil }
}

/// A command whose `id` argument is required.
protocol NamesArticleByID: NamesArticle {
    var id: String { get set }
}

extension NamesArticleByID {
    var articleReference: String? {
        get { id }
        set { if let newValue { id = newValue } }
    }
}

extension GalleyCommand.Save: NamesArticleByID {}
extension GalleyCommand.Edit: NamesArticleByID {}
extension GalleyCommand.Diff: NamesArticleByID {}

extension GalleyCommand.Show: NamesArticleByID {
    var articleRevision: String? { at }
}

extension GalleyCommand.Log: NamesArticle {
    var articleReference: String? {
        get { id }
        set { id = newValue }
    }
}

enum ArticleReference {
    /// How many candidates an ambiguous prefix lists.
    static let shownCandidates = 10

    /// The id `reference` means: itself when an article has that id, else the one id it
    /// begins. Several: refused (exit 3) with the candidates. None: `reference` as given,
    /// so the command says there is no such article as it always did.
    static func resolve(_ reference: String, in newsroom: Newsroom, at revision: String? = nil) throws(GalleyError) -> String {
        let ids = try newsroom.articleIDs(startingWith: reference, at: revision)
        guard ids.count > 1 else { return ids.first ?? reference }
        throw GalleyError(
            .invalidInput,
            .lookup(.ambiguousArticleReference(reference: reference, count: ids.count, shown: Array(ids.prefix(shownCandidates)), more: ids.count > shownCandidates)))
    }

    /// Resolves the command's article in place; a refusal is printed and becomes its exit code.
    static func resolve(_ command: inout any NamesArticle) throws {
        guard let reference = command.articleReference else { return }
        let global = command.global
        let revision = command.articleRevision
        var resolved = reference
        try Terminal.run { () throws(GalleyError) in
            resolved = try resolve(reference, in: try global.open(), at: revision)
        }
        command.articleReference = resolved
    }
}
