import Foundation
import Testing

@testable import Galley

/// Something named or sought that is not there, in both languages: one sample per case, the
/// Vietnamese in NFC, the facts (paths, ids, commits, fingerprints) in both.
@Suite("Lookup messages")
struct LookupMessageTests {
    static let cause = ErrorCause(GalleyError(.failure, .repository(.pathMissing(path: "people.yaml", commit: "4f2a9c1"))))

    static let samples: [LookupMessage] = [
        .notANewsroom(location: "du-an-khac", branch: "main"),
        .branchHasNoCommits(branch: "main"),
        .noFileAtCommit(path: "articles/2026/12/01/cau-dong-lac/anh.jpg", commit: "4f2a9c1"),
        .noKeptStep(article: "cau-dong-lac", number: nil),
        .noKeptStep(article: "cau-dong-lac", number: 2),
        .keptStepHoldsNoArticle(reference: "refs/galley/conflicts/cau-dong-lac/1", article: "cau-dong-lac"),
        .nothingKept(reference: "refs/galley/conflicts/cau-dong-lac/1"),
        .keptStepNotAGalleyStep(reference: "refs/galley/conflicts/cau-dong-lac/1"),
        .keptStepHasNoParent(reference: "refs/galley/conflicts/cau-dong-lac/1"),
        .articleDidNotExistYet(commit: "4f2a9c1"),
        .neverEnteredState(article: "cau-dong-lac", state: "published"),
        .neitherStateNorCommit(given: "xuatban", workflow: "standard"),
        .noSuchKey(person: "thanhphu", fingerprint: "SHA256:abc", known: []),
        .noSuchKey(person: "thanhphu", fingerprint: "SHA256:abc", known: ["SHA256:def", "SHA256:ghi"]),
        .noSetting(key: "site.ten"),
        .noWorkflowFile,
        .unknownListState(state: "xuatban", workflow: "standard", states: ["draft", "submitted", "published"]),
        .notAStartCommit(start: "HEAD~3", cause: cause),
        .missingFromWorkTree(path: "articles/2026/12/01/cau-dong-lac/index.md"),
        .noWorkTree(article: nil),
        .noWorkTree(article: "cau-dong-lac"),
        .ambiguousArticleReference(reference: "cau", count: 2, shown: ["cau-dong-lac", "cau-moi"], more: false),
        .ambiguousArticleReference(reference: "bai", count: 12, shown: ["bai-1", "bai-2"], more: true),
        .noAttachedFile(name: "anh-cau.jpg", article: "cau-dong-lac"),
    ] + LookupMessage.GivenFile.allCases.map { .givenFileNotRead(kind: $0, path: "bai.md") }

    static func name(of message: LookupMessage) -> String {
        switch message {
        case .notANewsroom: "notANewsroom"
        case .branchHasNoCommits: "branchHasNoCommits"
        case .noFileAtCommit: "noFileAtCommit"
        case .noKeptStep(_, let number): number == nil ? "noKeptStep" : "noKeptStep.number"
        case .keptStepHoldsNoArticle: "keptStepHoldsNoArticle"
        case .nothingKept: "nothingKept"
        case .keptStepNotAGalleyStep: "keptStepNotAGalleyStep"
        case .keptStepHasNoParent: "keptStepHasNoParent"
        case .articleDidNotExistYet: "articleDidNotExistYet"
        case .neverEnteredState: "neverEnteredState"
        case .neitherStateNorCommit: "neitherStateNorCommit"
        case .noSuchKey(_, _, let known): known.isEmpty ? "noSuchKey.none" : "noSuchKey"
        case .noSetting: "noSetting"
        case .noWorkflowFile: "noWorkflowFile"
        case .unknownListState: "unknownListState"
        case .notAStartCommit: "notAStartCommit"
        case .missingFromWorkTree: "missingFromWorkTree"
        case .noWorkTree(let article): article == nil ? "noWorkTree" : "noWorkTree.article"
        case .ambiguousArticleReference(_, _, _, let more): more ? "ambiguousArticleReference.more" : "ambiguousArticleReference"
        case .noAttachedFile: "noAttachedFile"
        case .givenFileNotRead(let kind, _): "givenFileNotRead.\(kind)"
        }
    }

    static func facts(of message: LookupMessage) -> [String] {
        switch message {
        case .notANewsroom(let location, let branch): [location, branch, "galley.yaml"]
        case .branchHasNoCommits(let branch): [branch, "`galley init`"]
        case .noFileAtCommit(let path, let commit): [path, commit]
        case .noKeptStep(let article, let number): [article, "`galley conflicts`"] + (number.map { ["\($0)"] } ?? [])
        case .keptStepHoldsNoArticle(let reference, let article): [reference, article]
        case .nothingKept(let reference), .keptStepNotAGalleyStep(let reference), .keptStepHasNoParent(let reference): [reference]
        case .articleDidNotExistYet(let commit): [commit]
        case .neverEnteredState(let article, let state): [article, state]
        case .neitherStateNorCommit(let given, let workflow): [given, workflow]
        case .noSuchKey(let person, let fingerprint, let known): [person, fingerprint] + known
        case .noSetting(let key): [key, "galley.yaml"]
        case .noWorkflowFile: ["workflow.yaml"]
        case .unknownListState(let state, let workflow, let states): [state, workflow, states.joined(separator: ", ")]
        case .notAStartCommit(let start, _): [start, "people.yaml", "4f2a9c1"]
        case .missingFromWorkTree(let path): [path, "`git checkout -- \(path)`"]
        case .noWorkTree(let article): ["--body-file"] + (article.map { ["`galley edit \($0)`"] } ?? ["`galley edit`"])
        case .ambiguousArticleReference(let reference, let count, let shown, let more):
            [reference, "\(count)", shown.joined(separator: ", ") + (more ? ", …" : "")]
        case .noAttachedFile(let name, let article): [name, article]
        case .givenFileNotRead(_, let path): [path]
        }
    }

    @Test func everyCaseHasASample() {
        #expect(Set(Self.samples.map(Self.name)).count == Self.samples.count)
    }

    @Test("rendered in both languages, differently, the Vietnamese in NFC, the facts in both", arguments: samples)
    func bothLanguages(_ fact: LookupMessage) {
        let vietnamese = Catalog.render(.lookup(fact), in: .vi)
        let english = Catalog.render(.lookup(fact), in: .en)
        #expect(!vietnamese.isEmpty && !english.isEmpty && vietnamese != english)
        #expect(vietnamese == vietnamese.precomposedStringWithCanonicalMapping, "not NFC: \(vietnamese)")
        #expect(!vietnamese.contains("\n") && !english.contains("\n"))
        for text in [vietnamese, english] {
            for fact in Self.facts(of: fact) { #expect(text.contains(fact), "\(text) lacks \(fact)") }
        }
    }

    @Test("the English is the wording scripts already read")
    func englishAsBefore() {
        #expect(Catalog.render(.lookup(.givenFileNotRead(kind: .body, path: "bai.md")), in: .en) == "cannot read body file bai.md: no such readable file")
        #expect(Catalog.render(.lookup(.noSuchKey(person: "a", fingerprint: "f", known: [])), in: .en) == "a has no key f (no keys at all)")
        #expect(Catalog.render(.lookup(.ambiguousArticleReference(reference: "b", count: 12, shown: ["b-1"], more: true)), in: .en)
            == "'b' begins 12 article ids: b-1, …; give more of the id")
    }
}
