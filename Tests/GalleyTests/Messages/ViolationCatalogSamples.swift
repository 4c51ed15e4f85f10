import Foundation
import Testing

@testable import Galley

/// One sample of every `ViolationMessage` case (issue 13: verify's findings in both languages).
/// `ViolationMessage` is no `Message` case, so its samples have their own suite here, checked the
/// way `CatalogTests` checks the shared catalog.
enum ViolationCatalogSamples {
    static let article = "cau-dong-lac"
    static let path = "articles/2026/12/01/cau-dong-lac/index.md"
    static let photo = "articles/2026/12/01/cau-dong-lac/anh-cau.jpg"
    static let fingerprint = "SHA256:q1w2e3r4t5y6u7i8o9p0asdfghjklzxcvbnm1234567"
    /// A reason with catalog facts: it renders in the reader's language.
    static let refusal = ViolationMessage.Reason(StepRefusal(.notPermitted, .noteRequired(step: "reject")))

    static let samples: [ViolationMessage] = [
        .mergeCommit,
        .secondInit,
        .initInvalid(reason: refusal),
        .initNotInitStep,
        .initActorNotAdmin(actor: "minhanh"),
        .initAuthorMismatch(authorEmail: "ai.do@example.org", admin: "quantri", adminEmail: "quantri@baotinh.vn"),
        .unknownActor(actor: "khongai"),
        .authorMismatch(person: "minhanh", email: "minhanh@baotinh.vn", authorName: "Hà Ngọc", authorEmail: "hangoc@baotinh.vn"),
        .deactivatedActor(person: "cuubtv"),
        .fileType(path: photo, kind: .symbolicLink),
        .untrailedEmptyCommit,
        .rulesChangedWithoutStep(files: ["people.yaml", "workflow.yaml"]),
        .articleDeletedWithPlainGit(path: path),
        .articleChangedWithoutStep(paths: [path]),
        .filesChangedWithoutStep(paths: ["site/index.html"]),
        .adminStepRole(claimed: "editor", step: "people", role: "admin"),
        .notAdmin(person: "minhanh"),
        .adminStepNamesArticle(step: "config"),
        .adminStepChangesNothing(step: "people"),
        .notWrittenByAdminStep(path: path, step: "people"),
        .rulesDoNotLoad(reason: refusal),
        .refused(refusal),
        .articleNotNamed(step: "approve"),
        .articleNotChanged(step: "approve", article: article),
        .filesBesideUnchangedIndex(paths: [photo], step: "approve", article: article),
        .articleDeleted(path: path),
        .noFileBesideIndex(step: "attach", adds: true),
        .wrongArticlePath(path: path, step: "create", article: article, expected: "articles/2026/12/02/cau-dong-lac/index.md"),
        .bundleFilesDiffer(
            written: [.init(path: photo, removed: true)], expected: [.init(path: photo, removed: false)], step: "correct"),
        .noncanonicalDocument,
        .idMismatch(written: "cau-khac", folder: article),
        .stateMismatch(step: "approve", expected: "edited", written: "published"),
        .textChanged(fields: ["title", "body"], step: "approve"),
        .updatedNotStepTime(time: "2026-12-01T16:36:28+07:00"),
        .protectedFields(fields: ["author", "approvals"], step: "approve"),
        .trailerStates(claimedStep: "approve", claimedFrom: "submitted", claimedTo: "edited", step: "approve", from: "edited", to: nil),
        .wrongRole(claimed: "chief", actor: "hangoc", role: "editor"),
        .rulesFileInArticleStep(file: "people.yaml", step: "approve"),
        .articleMovedInStep(path: path, step: "approve", article: "bai-khac"),
        .notWrittenByArticleStep(path: path, step: "approve", article: "bai-khac"),
        .strayArticleFile(path: "articles/ghi-chu.txt"),
        .outsideArticles(path: "README.md"),
        .corruptArticle(reason: .init(english: "the front matter is not valid YAML")),
        .detachKeepsFile(path: photo, added: true),
        .attachReplacesFile(path: photo, removed: false),
        .commentChangesFile(path: path, article: article),
        .commentOnMissingArticle(article: "khong-co-bai"),
        .pushersContradict(login: "hangoc", source: "GALLEY_PUSHER", others: ["REMOTE_USER=minhanh"], step: "approve", actor: "hangoc"),
        .pusherUnknownLogin(login: "nguoila", source: "REMOTE_USER", step: "approve", actor: "hangoc"),
        .pusherNotActor(person: "minhanh", login: "minhanh", source: "GL_USER", step: "approve", actor: "hangoc"),
        .unsigned,
        .malformedSignature(reason: .init(english: "the SSH signature is malformed")),
        .signatureMismatch(fingerprint: fingerprint),
        .keyOfNobody(fingerprint: fingerprint),
        .revokedKey(fingerprint: fingerprint, person: "hangoc"),
        .someoneElsesKey(fingerprint: fingerprint, owner: "minhanh", named: "hangoc"),
        .unlistedKey(fingerprint: fingerprint, person: "hangoc"),
    ]

    /// Exhaustive: a new case does not compile until it is named here (and sampled above).
    static func name(of message: ViolationMessage) -> String {
        switch message {
        case .mergeCommit: "mergeCommit"
        case .secondInit: "secondInit"
        case .initInvalid: "initInvalid"
        case .initNotInitStep: "initNotInitStep"
        case .initActorNotAdmin: "initActorNotAdmin"
        case .initAuthorMismatch: "initAuthorMismatch"
        case .unknownActor: "unknownActor"
        case .authorMismatch: "authorMismatch"
        case .deactivatedActor: "deactivatedActor"
        case .fileType: "fileType"
        case .untrailedEmptyCommit: "untrailedEmptyCommit"
        case .rulesChangedWithoutStep: "rulesChangedWithoutStep"
        case .articleDeletedWithPlainGit: "articleDeletedWithPlainGit"
        case .articleChangedWithoutStep: "articleChangedWithoutStep"
        case .filesChangedWithoutStep: "filesChangedWithoutStep"
        case .adminStepRole: "adminStepRole"
        case .notAdmin: "notAdmin"
        case .adminStepNamesArticle: "adminStepNamesArticle"
        case .adminStepChangesNothing: "adminStepChangesNothing"
        case .notWrittenByAdminStep: "notWrittenByAdminStep"
        case .rulesDoNotLoad: "rulesDoNotLoad"
        case .refused: "refused"
        case .articleNotNamed: "articleNotNamed"
        case .articleNotChanged: "articleNotChanged"
        case .filesBesideUnchangedIndex: "filesBesideUnchangedIndex"
        case .articleDeleted: "articleDeleted"
        case .noFileBesideIndex: "noFileBesideIndex"
        case .wrongArticlePath: "wrongArticlePath"
        case .bundleFilesDiffer: "bundleFilesDiffer"
        case .noncanonicalDocument: "noncanonicalDocument"
        case .idMismatch: "idMismatch"
        case .stateMismatch: "stateMismatch"
        case .textChanged: "textChanged"
        case .updatedNotStepTime: "updatedNotStepTime"
        case .protectedFields: "protectedFields"
        case .trailerStates: "trailerStates"
        case .wrongRole: "wrongRole"
        case .rulesFileInArticleStep: "rulesFileInArticleStep"
        case .articleMovedInStep: "articleMovedInStep"
        case .notWrittenByArticleStep: "notWrittenByArticleStep"
        case .strayArticleFile: "strayArticleFile"
        case .outsideArticles: "outsideArticles"
        case .corruptArticle: "corruptArticle"
        case .detachKeepsFile: "detachKeepsFile"
        case .attachReplacesFile: "attachReplacesFile"
        case .commentChangesFile: "commentChangesFile"
        case .commentOnMissingArticle: "commentOnMissingArticle"
        case .pushersContradict: "pushersContradict"
        case .pusherUnknownLogin: "pusherUnknownLogin"
        case .pusherNotActor: "pusherNotActor"
        case .unsigned: "unsigned"
        case .malformedSignature: "malformedSignature"
        case .signatureMismatch: "signatureMismatch"
        case .keyOfNobody: "keyOfNobody"
        case .revokedKey: "revokedKey"
        case .someoneElsesKey: "someoneElsesKey"
        case .unlistedKey: "unlistedKey"
        }
    }
}

@Suite("The message catalog: verify's violations")
struct ViolationCatalogTests {
    @Test func everyCaseHasASample() {
        let names = ViolationCatalogSamples.samples.map(ViolationCatalogSamples.name)
        #expect(Set(names).count == 57 && names.count == 57, "one sample per case: \(names)")
    }

    @Test("rendered in both languages, differently, the Vietnamese in NFC", arguments: ViolationCatalogSamples.samples)
    func bothLanguages(_ message: ViolationMessage) {
        let vietnamese = Catalog.render(message, in: .vi)
        let english = Catalog.render(message, in: .en)
        #expect(!vietnamese.isEmpty && !english.isEmpty)
        #expect(vietnamese != english, "\(ViolationCatalogSamples.name(of: message)) is not translated: \(english)")
        #expect(vietnamese == vietnamese.precomposedStringWithCanonicalMapping, "not NFC: \(vietnamese)")
        #expect(!vietnamese.contains("\n") && !english.contains("\n"), "one line")
    }

    @Test("every path, article, person and key of a finding is named in both languages", arguments: ViolationCatalogSamples.samples)
    func theFactsAppear(_ message: ViolationMessage) {
        let facts = [ViolationCatalogSamples.path, ViolationCatalogSamples.photo, ViolationCatalogSamples.fingerprint, "hangoc", "minhanh"]
        let english = Catalog.render(message, in: .en)
        let vietnamese = Catalog.render(message, in: .vi)
        for fact in facts where english.contains(fact) {
            #expect(vietnamese.contains(fact), "\(ViolationCatalogSamples.name(of: message)): the Vietnamese lacks \(fact): \(vietnamese)")
        }
    }

    @Test func aRefusalWithCatalogFactsIsSaidInTheReadersLanguage() {
        let refusal = ViolationMessage.refused(ViolationCatalogSamples.refusal)
        #expect(Catalog.render(refusal, in: .en) == Message.noteRequired(step: "reject").english)
        #expect(Catalog.render(refusal, in: .vi) == Catalog.render(Message.noteRequired(step: "reject"), in: .vi))
        #expect(Catalog.render(refusal, in: .vi) != Catalog.render(refusal, in: .en))
    }

    @Test func aReasonKnownOnlyInEnglishIsSaidAsItIs() {
        let english = "the front matter is not valid YAML"
        for language in Language.allCases {
            #expect(Catalog.render(.refused(.init(english: english)), in: language) == english)
            #expect(Catalog.render(.corruptArticle(reason: .init(english: english)), in: language).hasSuffix(english))
        }
        let violation = Violation(commit: "abc", article: nil, rule: .corruptArticle, message: english)
        #expect(violation.message == english && violation.text(in: .vi) == english)
    }

    /// The English is verify's JSON `message`: these sentences are an interface and must not drift.
    @Test func theEnglishIsVerifysSentence() {
        let photo = ViolationCatalogSamples.photo
        #expect(
            Catalog.render(.fileType(path: photo, kind: .symbolicLink), in: .en)
                == "\(photo) is a symbolic link: a newsroom holds regular files only (mode 100644)")
        #expect(
            Catalog.render(.fileType(path: photo, kind: .other(mode: "40000")), in: .en)
                == "\(photo) is an entry of mode 40000: a newsroom holds regular files only (mode 100644)")
        #expect(
            Catalog.render(.bundleFilesDiffer(written: [.init(path: "a.jpg", removed: true), .init(path: "b.jpg", removed: false)],
                                              expected: [.init(path: "b.jpg", removed: false)], step: "correct"), in: .en)
                == "a.jpg (removed), b.jpg: the 'correct' step writes b.jpg")
        #expect(
            Catalog.render(.trailerStates(claimedStep: "approve", claimedFrom: nil, claimedTo: "edited", step: "reject", from: "submitted", to: "draft"), in: .en)
                == "the trailers say approve - → edited; the step is reject submitted → draft")
        #expect(
            Catalog.render(.protectedFields(fields: ["author", "approvals"], step: "approve"), in: .en)
                == "'author', 'approvals' differ from what a 'approve' step records (these fields are the workflow's, never edited by hand)")
    }

    @Test func aViolationSaysItsLineInTheReadersLanguage() {
        let violation = Violation(
            commit: String(repeating: "ab", count: 20), article: ViolationCatalogSamples.article, rule: .outsideWorkflow,
            detail: .articleChangedWithoutStep(paths: [ViolationCatalogSamples.path]))
        #expect(violation.message == Catalog.render(violation.detail, in: .en))
        #expect(violation.line(in: .en) == "abababa cau-dong-lac [outside-workflow] \(violation.message)")
        #expect(violation.line(in: .vi).hasPrefix("abababa cau-dong-lac [outside-workflow] "))
        #expect(violation.line(in: .vi).contains("bị thay đổi mà không qua bước nào của Galley"))
    }
}

@Suite("The central hook's refusal lines")
struct PushGuardReasonTests {
    static let violation = Violation(
        commit: String(repeating: "cd", count: 20), article: "cau-dong-lac", rule: .pusherMismatch,
        detail: .pusherNotActor(person: "minhanh", login: "minhanh", source: "GALLEY_PUSHER", step: "approve", actor: "hangoc"))

    @Test func inEnglishTheLineIsVerifysLine() {
        #expect(PushGuard.reason(Self.violation, in: .en) == Self.violation.line(in: .en))
    }

    /// The pusher may read English: the hook's language is the server's, not theirs.
    @Test func inVietnameseTheEnglishSentenceFollows() {
        let reason = PushGuard.reason(Self.violation, in: .vi)
        #expect(reason.hasPrefix(Self.violation.line(in: .vi)), "\(reason)")
        #expect(reason.hasSuffix(" (en: \(Self.violation.message))"), "\(reason)")
        #expect(reason.contains("được đẩy lên bởi minhanh") && !reason.contains("\n"))
    }
}
