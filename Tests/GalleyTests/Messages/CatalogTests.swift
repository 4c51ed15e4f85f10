import Foundation
import Testing

@testable import Galley

/// Issue 13: every message exists in Vietnamese and in English, the Vietnamese in NFC.
@Suite("The message catalog")
struct CatalogTests {
    static let state = Message.StateRef(name: "submitted", label: "Chờ biên tập")
    static let whoMay = Message.WhoMay(actors: ["chief"], notAuthor: true, notEarlierApprover: true)
    static let instead = Message.Instead.steps(person: "hangoc", ["approve", "reject"])

    /// One sample of every case. The switch in `name(of:)` is exhaustive: a new case does not
    /// compile until it has a name there, and `everyCaseHasASample` then asks for a sample here.
    static let when = Timestamp(date: Date(timeIntervalSince1970: 1_796_000_000), offsetSeconds: 25_200)
    static let notice = CorrectionNotice(
        originalTitle: "Cầu Đồng Lạc thông xe", section: "Thời sự", published: when, titleWas: "Cầu Đồng Lạc thông xe",
        wrong: ["Vốn 120 tỉ đồng.", "", "Ông A phát biểu."], corrected: ["Vốn 150 tỉ đồng.", "Ông B cắt băng.", ""])

    static let samples: [Message] = [
        .deactivated(person: "thanhphu"),
        .noSuchStep(article: "cau-dong-lac", state: state, step: "publish", instead: .nothing(person: "hangoc")),
        .cannotStartArticle(step: "approve"),
        .notPermitted(person: "thanhphu", roles: ["reporter"], step: "approve", article: "cau-dong-lac", state: state, whoMay: whoMay, instead: instead),
        .forbidden(.ownArticle, person: "tbt", step: "approve", whoMay: whoMay, instead: .finalState(state)),
        .noteRequired(step: "reject"),
        .bodyRequired(step: "correct"),
        .notEditable(article: "cau-dong-lac", state: state, editors: ["editor"], person: "thanhphu", instead: instead),
        .stepCarriesNoText(step: "approve", article: "cau-dong-lac"),
        .nothingToCorrect,
        .revisionChangesNothing(article: "cau-dong-lac"),
        .bodyOpensWithFrontMatter,
        .duplicateID(article: "cau-dong-lac", path: "articles/2026/12/01/cau-dong-lac/index.md"),
        .adminOnly(person: "thanhphu", admins: ["quantri"]),
        .noAdminLeft,
        .withLastStep(.noteRequired(step: "reject"), step: "approve", from: "submitted", to: "edited", actor: "hangoc",
                      time: "2026-12-01T09:00:00+07:00", commit: "4f2a9c1"),
        .stepTaken(article: "cau-dong-lac", step: "approve", from: "submitted", to: "edited", actor: "hangoc"),
        .sentBack(step: "reject", actor: "tbt", time: Timestamp(date: Date(timeIntervalSince1970: 1_796_000_000), offsetSeconds: 25_200), note: "Thiếu nguồn"),
        .unknownPerson(person: "nobody", known: ["quantri", "thanhphu"]),
        .whoIsActing(email: "a@b.vn", bare: false),
        .unknownArticle(article: "khong-co", commit: "4f2a9c1"),
        .nothingWaits(person: "hangoc"),
        .clearedStaleLock(file: "refs/heads/main.lock"),
        .repairedWorkTree(path: "articles/2026/12/01/bai/index.md"),
        .rulesNotInForce(commit: "4f2a9c1", reason: "[admin-only] …", inForce: "1a2b3c4"),
        .newsroomCreated(name: "Báo Mẫu", place: "/srv/toa-soan", workflow: "standard", admin: "quantri"),
        .initNext(path: "toa-soan", admin: "quantri"),
        .initUndone(reason: "ssh-keygen could not sign with ~/.ssh/id_ed25519.pub: agent refused operation"),
        .personAdded(person: "thanhphu", roles: ["reporter"]),
        .rolesSet(person: "thanhphu", roles: ["reporter", "editor"]),
        .personDeactivated(person: "thanhphu"),
        .keyAdded(person: "thanhphu", fingerprint: "SHA256:abc"),
        .keyRevoked(person: "thanhphu", fingerprint: "SHA256:abc"),
        .revised(article: "cau-dong-lac", state: "draft"),
        .nothingToCommit(article: "cau-dong-lac"),
        .unknownCommand(typed: "aprove", suggestions: ["approve"], help: "galley --help"),
        .unknownOption(option: "--stat", command: "galley list", suggestions: ["--state"], help: "galley list --help"),
        .globalOptionNotTaken(option: "--repo", command: "galley init", help: "galley init --help"),
        .unknownState(given: "publishd", option: "--state", workflow: "standard", states: [state], suggestions: ["published"]),
        .ambiguousState(given: "cho", option: "--state", matching: [state, state]),
        .unknownTransition(given: "aprove", option: "--transition", workflow: "standard", names: ["approve"], suggestions: ["approve"]),
        .loginSet(person: "hangoc", login: "ngoc.ha"),
        .sshEntryNoShell(person: "hangoc"),
        .sshEntryCommandRefused(command: "bash -i"),
        .sshEntryRepositoryNotAllowed(requested: "/etc", allowed: ["/srv/git/toa-soan.git"]),
        .sshEntryBadPerson(person: "a b"),
        .sshEntryNeedsRepositories,
        .signing(.publicKey(.notAKey)),
        .signing(.publicKey(.unsupportedType("ssh-rsa"))),
        .signing(.publicKey(.damaged)),
        .signing(.publicKeyFile(path: "quantri.pub", .unreadable)),
        .signing(.publicKeyFile(path: "quantri", .privateKey)),
        .signing(.noPrivateKeyForInit(fingerprint: "SHA256:abc", privateHalf: "~/.ssh/id_ed25519")),
        .signing(.noPrivateKeyForInit(fingerprint: "SHA256:abc", privateHalf: nil)),
        .signing(.initKeyMismatch(adminKey: "SHA256:abc", signingKey: "SHA256:def", origin: "GALLEY_SIGNING_KEY")),
        .signing(.signedNewsroom(admin: "quantri", fingerprint: "SHA256:abc")),
        .sync(.synced(central: "https://git.toasoan.vn/git/toa-soan.git", sent: 2, received: 1, keptAside: 1)),
        .sync(.keptAside(step: "approve: cau-dong-lac", actor: "hangoc", reason: "tbt approved it first", reference: "refs/galley/conflicts/cau-dong-lac/1")),
        .sync(.conflictAdvice(article: "cau-dong-lac")),
        .sync(.noCentral(conflicts: 0)),
        .sync(.central(url: "https://git.toasoan.vn/git/toa-soan.git", branch: "main")),
        .sync(.waiting(3)),
        .sync(.incoming(2, lastFetch: nil)),
        .sync(.conflictsToResolve(1)),
        .sync(.verifiedClean(commits: 12)),
        .sync(.verifiedViolations(violations: 2, commits: 12)),
        .sync(.pushRefused(problems: 1)),
        .sync(.hookInstalled(path: "/srv/git/toa-soan.git/hooks/pre-receive")),
        .sync(.cloned(url: "https://git.toasoan.vn/git/toa-soan.git", place: "toa-soan", branch: "main")),
        .sync(.conflictRecorded(article: "cau-dong-lac", step: "approve", commit: "4f2a9c1", reference: "refs/galley/conflicts/cau-dong-lac/1")),
        .sync(.conflictNothingToApply(article: "cau-dong-lac", reference: "refs/galley/conflicts/cau-dong-lac/1")),
        .sync(.conflictDropped(reference: "refs/galley/conflicts/cau-dong-lac/1", subject: "approve: cau-dong-lac", commit: "4f2a9c1")),
        .sync(.centralUnreachable(url: "https://git.toasoan.vn/git/toa-soan.git", detail: "failed to resolve address")),
        .sync(.centralHasNoBranch(url: "https://git.toasoan.vn/git/toa-soan.git", branch: "main")),
        .sync(.pushFailed(url: "https://git.toasoan.vn/git/toa-soan.git", detail: "connection reset")),
        .sync(.centralNotOpened(path: "/srv/toa-soan.git", detail: "not a repository")),
        .sync(.centralBranchNotMoved(detail: "disk full")),
        .sync(.cloneFailed(url: "https://git.toasoan.vn/git/toa-soan.git", detail: "authentication required")),
        .sync(.clonedNotNewsroom(url: "https://git.toasoan.vn/git/khac.git", path: "khac", detail: "no galley.yaml")),
        .sync(.noSharedHistory),
        .sync(.indexLockedDuringSync(gitDirectory: "toa-soan/.git")),
        .sync(.branchMovedDuringSync(branch: "main")),
        .editorial(.unknownSection(given: "tin don", sections: ["thoi-su (Thời sự)", "kinh-te (Kinh tế)"])),
        .editorial(.unreadableTime(given: "mai", option: "--at", timeZone: "Asia/Ho_Chi_Minh")),
        .editorial(.timeInPast(option: "--at", time: "2026-11-30T06:00:00+07:00", now: "2026-12-01T09:00:00+07:00")),
        .editorial(.notAPublication(step: "approve")),
        .editorial(.embargoed(article: "cau-dong-lac", until: "2026-12-02T06:00:00+07:00", effective: "2026-12-01T09:00:00+07:00")),
        .editorial(.alreadyPublished(article: "cau-dong-lac")),
        .editorial(.noEmbargo(article: "cau-dong-lac")),
        .editorial(.embargoNotPermitted(person: "thanhphu", roles: ["editor", "chief"])),
        .editorial(.embargoSet(article: "cau-dong-lac", until: "2026-12-02T06:00:00+07:00")),
        .editorial(.embargoLifted(article: "cau-dong-lac")),
        .editorial(.scheduled(article: "cau-dong-lac", at: "2026-12-02T06:00:00+07:00")),
        .desk(.passwordNotYours(person: "thanhphu", target: "hangoc", admins: ["quantri"])),
        .desk(.passwordLength(minimum: 10, maximum: 1024)),
        .desk(.passwordSet(person: "thanhphu")),
        .desk(.signInRefused),
        .desk(.signInThrottled(seconds: 42)),
        .desk(.formExpired),
        .desk(.editOutOfDate(article: "cau-dong-lac")),
        .desk(.serving(url: "http://127.0.0.1:8080/", newsroom: "Báo Mẫu")),
        .desk(.deskProgramMissing(path: "/usr/local/bin/galley-desk")),
        .desk(.deskProgramFailed(path: "/usr/local/bin/galley-desk", reason: "Permission denied")),
        .desk(.deskStartedByHand),
        .deskKey(.noDeskKey(person: "thanhphu", admins: ["quantri"])),
        .deskKey(.deskKeyNotActive(person: "thanhphu", fingerprint: "SHA256:abc", admins: ["quantri"])),
        .deskKey(.currentPasswordNeeded(person: "thanhphu", admins: ["quantri"])),
        .deskKey(.currentPasswordWrong(person: "thanhphu")),
        .deskKey(.created(person: "thanhphu", fingerprint: "SHA256:abc")),
        .deskKey(.replaced(person: "thanhphu", fingerprint: "SHA256:def", old: "SHA256:abc")),
        .deskKey(.resealed(person: "thanhphu", fingerprint: "SHA256:abc")),
        .correction(.onlyTitleAndBody(article: "cau-dong-lac", fields: ["byline", "tags"])),
        .correction(.titleNeedsNotices(article: "cau-dong-lac")),
        .correction(.retractionNeedsReason(article: "cau-dong-lac")),
        .correction(.workTreeUnchanged(article: "cau-dong-lac", path: "articles/2026/12/01/cau-dong-lac/index.md")),
        .correction(.notice(CatalogTests.notice, time: CatalogTests.when, actor: "tbt", note: "Sửa số vốn", titleNow: "Cầu Đồng Lạc chính thức thông xe")),
        .correction(.noted(time: CatalogTests.when, actor: "tbt", note: "Sửa tên")),
        .correction(.retracted(time: CatalogTests.when, actor: "tbt", reason: "Sai sự thật")),
    ] + AssignmentCatalogSamples.samples + WorkspaceMessageTests.samples.map(Message.workspace)
        + WriteMessageTests.samples.map(Message.write)
        + UsageMessageTests.samples.map(Message.usage)
        + LocalFileMessageTests.samples.map(Message.localFile)
        + RepositoryMessageTests.samples.map(Message.repository)
        + SignerMessageTests.samples.map(Message.signer)
        + LookupMessageTests.samples.map(Message.lookup)
        + InputRuleMessageTests.samples.map(Message.inputRule)
        + TextFieldMessageTests.samples.map(Message.textField)
        + FrontMatterMessageTests.samples.map(Message.frontMatter)

    static func name(of message: Message) -> String {
        switch message {
        case .deactivated: "deactivated"
        case .noSuchStep: "noSuchStep"
        case .cannotStartArticle: "cannotStartArticle"
        case .notPermitted: "notPermitted"
        case .forbidden: "forbidden"
        case .noteRequired: "noteRequired"
        case .bodyRequired: "bodyRequired"
        case .notEditable: "notEditable"
        case .stepCarriesNoText: "stepCarriesNoText"
        case .nothingToCorrect: "nothingToCorrect"
        case .revisionChangesNothing: "revisionChangesNothing"
        case .bodyOpensWithFrontMatter: "bodyOpensWithFrontMatter"
        case .duplicateID: "duplicateID"
        case .adminOnly: "adminOnly"
        case .noAdminLeft: "noAdminLeft"
        case .withLastStep: "withLastStep"
        case .stepTaken: "stepTaken"
        case .sentBack: "sentBack"
        case .unknownPerson: "unknownPerson"
        case .whoIsActing: "whoIsActing"
        case .unknownArticle: "unknownArticle"
        case .nothingWaits: "nothingWaits"
        case .clearedStaleLock: "clearedStaleLock"
        case .repairedWorkTree: "repairedWorkTree"
        case .rulesNotInForce: "rulesNotInForce"
        case .newsroomCreated: "newsroomCreated"
        case .initNext: "initNext"
        case .initUndone: "initUndone"
        case .personAdded: "personAdded"
        case .rolesSet: "rolesSet"
        case .personDeactivated: "personDeactivated"
        case .keyAdded: "keyAdded"
        case .keyRevoked: "keyRevoked"
        case .revised: "revised"
        case .nothingToCommit: "nothingToCommit"
        case .unknownCommand: "unknownCommand"
        case .unknownOption: "unknownOption"
        case .globalOptionNotTaken: "globalOptionNotTaken"
        case .unknownState: "unknownState"
        case .ambiguousState: "ambiguousState"
        case .unknownTransition: "unknownTransition"
        case .loginSet: "loginSet"
        case .sshEntryNoShell: "sshEntryNoShell"
        case .sshEntryCommandRefused: "sshEntryCommandRefused"
        case .sshEntryRepositoryNotAllowed: "sshEntryRepositoryNotAllowed"
        case .sshEntryBadPerson: "sshEntryBadPerson"
        case .sshEntryNeedsRepositories: "sshEntryNeedsRepositories"
        case .signing(let fact): "signing." + signingName(of: fact)
        case .sync(let fact): "sync." + syncName(of: fact)
        case .editorial(let fact): "editorial." + editorialName(of: fact)
        case .desk(let fact): "desk." + deskName(of: fact)
        case .attachment(let fact): "attachment." + AttachmentMessageTests.name(of: fact)
        case .input(let fact): "input." + InputErrorMessageTests.name(of: fact)
        case .workspace(let fact): "workspace." + WorkspaceMessageTests.name(of: fact)
        case .write(let fact): "write." + WriteMessageTests.name(of: fact)
        case .usage(let fact): "usage." + UsageMessageTests.name(of: fact)
        case .localFile(let fact): "localFile." + LocalFileMessageTests.name(of: fact)
        case .repository(let fact): "repository." + RepositoryMessageTests.name(of: fact)
        case .signer(let fact): "signer." + SignerMessageTests.name(of: fact)
        case .lookup(let fact): "lookup." + LookupMessageTests.name(of: fact)
        case .inputRule(let fact): "inputRule." + InputRuleMessageTests.name(of: fact)
        case .textField(let fact): "textField." + TextFieldMessageTests.name(of: fact)
        case .frontMatter(let fact): "frontMatter." + FrontMatterMessageTests.name(of: fact)
        case .assignment(let fact): "assignment." + AssignmentCatalogSamples.name(of: fact)
        case .deskKey(let fact): "deskKey." + deskKeyName(of: fact)
        case .correction(let fact): "correction." + correctionName(of: fact)
        }
    }

    static func correctionName(of message: CorrectionMessage) -> String {
        switch message {
        case .onlyTitleAndBody: "onlyTitleAndBody"
        case .titleNeedsNotices: "titleNeedsNotices"
        case .retractionNeedsReason: "retractionNeedsReason"
        case .workTreeUnchanged: "workTreeUnchanged"
        case .notice: "notice"
        case .noted: "noted"
        case .retracted: "retracted"
        }
    }

    static func deskKeyName(of message: DeskKeyMessage) -> String {
        switch message {
        case .noDeskKey: "noDeskKey"
        case .deskKeyNotActive: "deskKeyNotActive"
        case .currentPasswordNeeded: "currentPasswordNeeded"
        case .currentPasswordWrong: "currentPasswordWrong"
        case .created: "created"
        case .replaced: "replaced"
        case .resealed: "resealed"
        }
    }

    static func deskName(of message: DeskMessage) -> String {
        switch message {
        case .passwordNotYours: "passwordNotYours"
        case .passwordLength: "passwordLength"
        case .passwordSet: "passwordSet"
        case .signInRefused: "signInRefused"
        case .signInThrottled: "signInThrottled"
        case .formExpired: "formExpired"
        case .editOutOfDate: "editOutOfDate"
        case .serving: "serving"
        case .deskProgramMissing: "deskProgramMissing"
        case .deskProgramFailed: "deskProgramFailed"
        case .deskStartedByHand: "deskStartedByHand"
        }
    }

    static func editorialName(of message: EditorialMessage) -> String {
        switch message {
        case .unknownSection: "unknownSection"
        case .unreadableTime: "unreadableTime"
        case .timeInPast: "timeInPast"
        case .notAPublication: "notAPublication"
        case .embargoed: "embargoed"
        case .alreadyPublished: "alreadyPublished"
        case .noEmbargo: "noEmbargo"
        case .embargoNotPermitted: "embargoNotPermitted"
        case .embargoSet: "embargoSet"
        case .embargoLifted: "embargoLifted"
        case .scheduled: "scheduled"
        }
    }

    static func syncName(of message: SyncMessage) -> String {
        switch message {
        case .synced: "synced"
        case .keptAside: "keptAside"
        case .conflictAdvice: "conflictAdvice"
        case .noCentral: "noCentral"
        case .central: "central"
        case .waiting: "waiting"
        case .incoming: "incoming"
        case .conflictsToResolve: "conflictsToResolve"
        case .verifiedClean: "verifiedClean"
        case .verifiedViolations: "verifiedViolations"
        case .pushRefused: "pushRefused"
        case .hookInstalled: "hookInstalled"
        case .cloned: "cloned"
        case .conflictRecorded: "conflictRecorded"
        case .conflictNothingToApply: "conflictNothingToApply"
        case .conflictDropped: "conflictDropped"
        case .centralUnreachable: "centralUnreachable"
        case .centralHasNoBranch: "centralHasNoBranch"
        case .pushFailed: "pushFailed"
        case .centralNotOpened: "centralNotOpened"
        case .centralBranchNotMoved: "centralBranchNotMoved"
        case .cloneFailed: "cloneFailed"
        case .clonedNotNewsroom: "clonedNotNewsroom"
        case .noSharedHistory: "noSharedHistory"
        case .indexLockedDuringSync: "indexLockedDuringSync"
        case .branchMovedDuringSync: "branchMovedDuringSync"
        }
    }

    static func signingName(of message: SigningMessage) -> String {
        switch message {
        case .publicKey: "publicKey"
        case .publicKeyFile: "publicKeyFile"
        case .noPrivateKeyForInit: "noPrivateKeyForInit"
        case .initKeyMismatch: "initKeyMismatch"
        case .signedNewsroom: "signedNewsroom"
        }
    }

    @Test func everyCaseHasASample() {
        // 114 cases of `Message` itself, then the samples of each area's own enum (one per case).
        let areas: [Int] = [
            AssignmentCatalogSamples.samples.count, WorkspaceMessageTests.samples.count, WriteMessageTests.samples.count,
            UsageMessageTests.samples.count, LocalFileMessageTests.samples.count, RepositoryMessageTests.samples.count,
            SignerMessageTests.samples.count, LookupMessageTests.samples.count, InputRuleMessageTests.samples.count,
            TextFieldMessageTests.samples.count, FrontMatterMessageTests.samples.count,
        ]
        let expected = 114 + areas.reduce(0, +)
        #expect(Set(Self.samples.map(Self.name)).count == expected, "one sample per case: \(Self.samples.map(Self.name))")
    }

    @Test("rendered in both languages, differently, the Vietnamese in NFC", arguments: samples)
    func bothLanguages(_ message: Message) {
        let vietnamese = Catalog.render(message, in: .vi)
        let english = Catalog.render(message, in: .en)
        #expect(!vietnamese.isEmpty && !english.isEmpty)
        #expect(vietnamese != english, "\(Self.name(of: message)) is not translated: \(english)")
        #expect(vietnamese == vietnamese.precomposedStringWithCanonicalMapping, "not NFC: \(vietnamese)")
        #expect(!vietnamese.contains("\n") && !english.contains("\n"), "one line")
    }

    @Test("every word of the web desk in both languages", arguments: DeskLabel.allCases)
    func deskLabels(_ label: DeskLabel) {
        let vietnamese = Catalog.render(label, in: .vi)
        #expect(!vietnamese.isEmpty && vietnamese != Catalog.render(label, in: .en), "\(label) is not translated")
        #expect(vietnamese == vietnamese.precomposedStringWithCanonicalMapping)
    }

    @Test("every table word in both languages", arguments: Label.allCases)
    func labels(_ label: Label) {
        let vietnamese = Catalog.render(label, in: .vi)
        #expect(!vietnamese.isEmpty && vietnamese != Catalog.render(label, in: .en), "\(label) is not translated")
        #expect(vietnamese == vietnamese.precomposedStringWithCanonicalMapping)
    }

    @Test func aTimeInVietnameseForm() throws {
        let time = try #require(Timestamp(iso8601: "2026-12-01T16:36:28+07:00"))
        #expect(Catalog.time(time, in: .vi) == "16:36 01/12/2026")
        #expect(Catalog.time(time, in: .en) == "2026-12-01T16:36:28+07:00")
    }

    @Test func theFactsAppearInBothLanguages() {
        let message = Message.notPermitted(
            person: "thanhphu", roles: ["reporter"], step: "approve", article: "cau-dong-lac", state: Self.state, whoMay: Self.whoMay,
            instead: Self.instead)
        for language in Language.allCases {
            let text = Catalog.render(message, in: language)
            for fact in ["thanhphu", "approve", "cau-dong-lac", "Chờ biên tập", "chief", "reject"] {
                #expect(text.contains(fact), "\(language): \(text) lacks \(fact)")
            }
        }
        #expect(Catalog.render(message, in: .vi).contains("tổng biên tập"))
    }

    struct Choice: Sendable, CustomTestStringConvertible {
        var flag: String?
        var environment: [String: String]
        var configured: String?
        var expected: Language
        var testDescription: String { "\(flag ?? "-") \(environment) \(configured ?? "-") → \(expected)" }
    }

    static let choices: [Choice] = [
        Choice(flag: "en", environment: ["LANG": "vi_VN.UTF-8", "GALLEY_LANG": "vi"], configured: "vi", expected: .en),
        Choice(flag: nil, environment: ["LANG": "vi_VN.UTF-8", "GALLEY_LANG": "en"], configured: "vi", expected: .en),
        Choice(flag: nil, environment: ["LANG": "vi_VN.UTF-8"], configured: "en", expected: .vi),
        Choice(flag: nil, environment: ["LANG": "C"], configured: "vi", expected: .en),
        Choice(flag: nil, environment: ["LANG": "C.UTF-8"], configured: "vi", expected: .en),
        Choice(flag: nil, environment: ["LC_ALL": "en_US.UTF-8", "LANG": "vi_VN.UTF-8"], configured: "vi", expected: .en),
        Choice(flag: nil, environment: ["LC_MESSAGES": "vi_VN.UTF-8", "LANG": "C"], configured: "en", expected: .vi),
        Choice(flag: nil, environment: ["LANG": "fr_FR.UTF-8"], configured: "en", expected: .en),
        Choice(flag: nil, environment: [:], configured: "en", expected: .en),
        Choice(flag: nil, environment: [:], configured: nil, expected: .vi),
        Choice(flag: "xx", environment: ["GALLEY_LANG": "vi"], configured: nil, expected: .vi),
    ]

    @Test("--lang, then GALLEY_LANG, then the locale, then galley.yaml", arguments: choices)
    func languageChoice(_ choice: Choice) {
        #expect(Language.resolve(flag: choice.flag, environment: choice.environment, configured: choice.configured) == choice.expected)
    }
}
