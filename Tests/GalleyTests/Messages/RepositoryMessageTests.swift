import Foundation
import Testing

@testable import Galley

/// Something wrong inside the repository (a path missing at a commit, a corrupt article, rules that
/// do not load, a git call failing), in both languages, carrying its facts; a cause the catalog knows
/// is said in the reader's language too.
@Suite("Repository messages")
struct RepositoryMessageTests {
    static let knownCause = ErrorCause(GalleyError(.invalidInput, .input(.emptyYAMLFile(file: "workflow.yaml"))))
    static let plainCause = ErrorCause(english: "articles/2026/12/01/cau-dong-lac/index.md:1: the front matter does not open with ---")

    static let samples: [RepositoryMessage] = [
        .pathMissing(path: "people.yaml", commit: "4f2a9c1"),
        .corruptArticle(commit: nil, cause: plainCause),
        .corruptArticle(commit: "4f2a9c1", cause: plainCause),
        .rulesDoNotLoad(commit: "1a2b3c4", cause: knownCause),
        .noFreeArticleID(base: "cau-dong-lac"),
        .rulesFileMissing(path: "workflow.yaml"),
        .centralRefusesSteps(commit: "4f2a9c1", reason: .mergeCommit),
        .gitFailed(doing: "reading commit 4f2a9c1", detail: "object not found - no match for id"),
    ]

    static func name(of message: RepositoryMessage) -> String {
        switch message {
        case .pathMissing: "pathMissing"
        case .corruptArticle(let commit, _): commit == nil ? "corruptArticle" : "corruptArticle.at"
        case .rulesDoNotLoad: "rulesDoNotLoad"
        case .noFreeArticleID: "noFreeArticleID"
        case .rulesFileMissing: "rulesFileMissing"
        case .centralRefusesSteps: "centralRefusesSteps"
        case .gitFailed: "gitFailed"
        }
    }

    static func facts(of message: RepositoryMessage) -> [String] {
        switch message {
        case .pathMissing(let path, let commit): [path, commit, "git"]
        case .corruptArticle(let commit, let cause): [cause.english] + (commit.map { [$0] } ?? [])
        case .rulesDoNotLoad(let commit, _): [commit, "workflow.yaml"]
        case .noFreeArticleID(let base): [base, "10000"]
        case .rulesFileMissing(let path): [path]
        case .centralRefusesSteps(let commit, _): [commit]
        case .gitFailed(let doing, let detail): [doing, detail]
        }
    }

    @Test func everyCaseHasASample() {
        #expect(Set(Self.samples.map(Self.name)).count == Self.samples.count)
    }

    @Test("rendered in both languages, differently, the Vietnamese in NFC, the facts in both", arguments: samples)
    func bothLanguages(_ fact: RepositoryMessage) {
        let vietnamese = Catalog.render(.repository(fact), in: .vi)
        let english = Catalog.render(.repository(fact), in: .en)
        #expect(!vietnamese.isEmpty && !english.isEmpty && vietnamese != english)
        #expect(vietnamese == vietnamese.precomposedStringWithCanonicalMapping, "not NFC: \(vietnamese)")
        #expect(!vietnamese.contains("\n") && !english.contains("\n"))
        for text in [vietnamese, english] {
            for fact in Self.facts(of: fact) { #expect(text.contains(fact), "\(text) lacks \(fact)") }
        }
    }

    @Test("a cause from the catalog is said in the reader's language, its English kept in English")
    func causeInTheReadersLanguage() {
        let message = Message.repository(.rulesDoNotLoad(commit: "1a2b3c4", cause: Self.knownCause))
        #expect(Catalog.render(message, in: .vi).hasSuffix(": workflow.yaml: tệp trống"), "\(Catalog.render(message, in: .vi))")
        #expect(Catalog.render(message, in: .en) == "the rules in force at 1a2b3c4 do not load: workflow.yaml: the file is empty")
    }

    @Test("a failing git call keeps the English it always had, and says git in Vietnamese")
    func gitCall() {
        let error = GalleyError(.failure, .repository(.gitFailed(doing: "walking the history", detail: "odb error")))
        #expect(error.message == "walking the history: odb error")
        #expect(error.text(in: .vi) == "Lỗi git (walking the history): odb error")
        #expect(error.exitCode == 1)
    }

    @Test("the central's refusal carries the finding in the reader's language")
    func centralRefusal() {
        let message = Message.repository(.centralRefusesSteps(commit: "4f2a9c1", reason: .mergeCommit))
        #expect(Catalog.render(message, in: .vi).contains(Catalog.render(ViolationMessage.mergeCommit, in: .vi)))
        #expect(Catalog.render(message, in: .en)
            == "the central repository refuses the steps: 4f2a9c1 \(Catalog.render(ViolationMessage.mergeCommit, in: .en)); nothing was lost, your steps stay here")
    }
}
