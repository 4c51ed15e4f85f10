import Foundation
import Testing

@testable import Galley

/// Refusals at a person's own desk, in both languages: one sample per case, the Vietnamese in
/// NFC, the facts (paths, people, the command to run) in both.
@Suite("Workspace messages")
struct WorkspaceMessageTests {
    static let path = "articles/2026/12/01/cau-dong-lac/index.md"

    static let samples: [WorkspaceMessage] = [
        .uncommittedArticleEdits(path: path, article: "cau-dong-lac"),
        .uncommittedChanges(path: "articles/2026/12/01/cau-dong-lac/anh-cau.jpg"),
        .syncWouldOverwrite(path: path),
        .detachedHead(location: "toa-soan"),
        .initTargetIsFile(path: "toa-soan"),
        .initTargetNotEmpty(path: "toa-soan"),
        .cloneTargetNotEmpty(path: "ban-sao"),
        .personAlreadyListed(person: "thanhphu"),
        .emailTaken(email: "phu@example.vn", owner: "thanhphu"),
        .loginTaken(login: "phu", owner: "thanhphu"),
        .alreadyDeactivated(person: "thanhphu"),
        .keyAlreadyRevoked(fingerprint: "SHA256:abc", person: "thanhphu"),
        .settingUnchanged(key: "language", value: "vi"),
        .peopleUnchanged,
        .branchNotSettable,
        .neverSubmitted(article: "cau-dong-lac"),
    ]

    static func name(of message: WorkspaceMessage) -> String {
        switch message {
        case .uncommittedArticleEdits: "uncommittedArticleEdits"
        case .uncommittedChanges: "uncommittedChanges"
        case .syncWouldOverwrite: "syncWouldOverwrite"
        case .detachedHead: "detachedHead"
        case .initTargetIsFile: "initTargetIsFile"
        case .initTargetNotEmpty: "initTargetNotEmpty"
        case .cloneTargetNotEmpty: "cloneTargetNotEmpty"
        case .personAlreadyListed: "personAlreadyListed"
        case .emailTaken: "emailTaken"
        case .loginTaken: "loginTaken"
        case .alreadyDeactivated: "alreadyDeactivated"
        case .keyAlreadyRevoked: "keyAlreadyRevoked"
        case .settingUnchanged: "settingUnchanged"
        case .peopleUnchanged: "peopleUnchanged"
        case .branchNotSettable: "branchNotSettable"
        case .neverSubmitted: "neverSubmitted"
        }
    }

    @Test func everyCaseHasASample() {
        #expect(Set(Self.samples.map(Self.name)).count == Self.samples.count)
    }

    @Test("rendered in both languages, differently, the Vietnamese in NFC", arguments: samples)
    func bothLanguages(_ fact: WorkspaceMessage) {
        let vietnamese = Catalog.render(.workspace(fact), in: .vi)
        let english = Catalog.render(.workspace(fact), in: .en)
        #expect(!vietnamese.isEmpty && !english.isEmpty && vietnamese != english)
        #expect(vietnamese == vietnamese.precomposedStringWithCanonicalMapping, "not NFC: \(vietnamese)")
        #expect(!vietnamese.contains("\n") && !english.contains("\n"))
    }

    @Test("the facts and the command to run appear in both languages")
    func factsInBoth() {
        for language in [Language.vi, .en] {
            let edits = Catalog.render(.workspace(.uncommittedArticleEdits(path: Self.path, article: "cau-dong-lac")), in: language)
            #expect(edits.contains(Self.path) && edits.contains("`galley save cau-dong-lac`"), "\(edits)")
            let email = Catalog.render(.workspace(.emailTaken(email: "phu@example.vn", owner: "thanhphu")), in: language)
            #expect(email.contains("phu@example.vn") && email.contains("thanhphu"), "\(email)")
        }
    }

    @Test("a step over an uncommitted edit is refused with the case, not a sentence")
    func refusalCarriesTheCase() {
        let error = GalleyError(refusal: .workspace(.uncommittedArticleEdits(path: Self.path, article: "cau-dong-lac")))
        #expect(error.kind == .refused && error.exitCode == 3)
        #expect(error.detail == .workspace(.uncommittedArticleEdits(path: Self.path, article: "cau-dong-lac")))
        #expect(error.text(in: .vi).hasPrefix(Self.path + " có chỗ sửa chưa lưu"))
    }
}
