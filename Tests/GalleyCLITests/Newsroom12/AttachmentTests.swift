import Foundation
import Testing

/// Issue 12: `galley attach` and `detach` — photos and PDFs in the article's page bundle,
/// described in Hugo's `resources:`, judged by the one step semantics.
@Suite("Attachments")
struct AttachmentTests {
    /// A JPEG by its first bytes, `size` bytes long.
    static func jpeg(_ size: Int = 2_048) -> Data {
        Data([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10] + Array("JFIF".utf8) + [UInt8](repeating: 0x5A, count: max(0, size - 10)))
    }

    static func folder(_ room: Newsroom, _ id: String) throws -> String {
        (try room.articlePath(id) as NSString).deletingLastPathComponent
    }

    @Test("a reporter attaches a photo to a draft: one commit adds the file and its entry, verify is ok")
    func attachToADraft() throws {
        let room = try Newsroom()
        let id = try room.newArticle("Cầu Đồng Lạc thông xe")
        let photo = try room.writeScratch("Ảnh Cầu Đồng Lạc.JPG", Self.jpeg())
        let before = try room.head()
        let done = try room.ok(
            ["attach", id, photo, "--caption", "Cầu Đồng Lạc sau lũ", "--credit", "Ảnh: Thanh Phú", "--alt", "Cây cầu bê tông"],
            as: Newsroom.reporter)
        #expect(done.stdout.contains("anh-cau-dong-lac.jpg"), "\(done)")
        let folder = try Self.folder(room, id)
        let files = try room.gitOut(["show", "--name-status", "--format=", "HEAD"]).split(separator: "\n").map(String.init)
        #expect(files.sorted() == ["A\t\(folder)/anh-cau-dong-lac.jpg", "M\t\(folder)/index.md"], "\(files)")
        #expect(try room.gitOut(["rev-parse", "HEAD^"]) == before)
        #expect(try room.gitOut(["ls-tree", "HEAD", "\(folder)/anh-cau-dong-lac.jpg"]).hasPrefix("100644 blob"))
        let stored = try room.git(["cat-file", "blob", "HEAD:\(folder)/anh-cau-dong-lac.jpg"]).stdoutData
        #expect(stored == Self.jpeg())
        let index = try room.committedFile("\(folder)/index.md")
        #expect(index.contains("""
            resources:
              - src: "anh-cau-dong-lac.jpg"
                title: "Cầu Đồng Lạc sau lũ"
                params:
                  credit: "Ảnh: Thanh Phú"
                  alt: "Cây cầu bê tông"
            ---
            """), "\(index)")
        let trailers = try room.trailers()
        #expect(trailers.contains("Galley-Transition: attach") && trailers.contains("Galley-From: draft") && trailers.contains("Galley-To: draft"))
        let attachments = try #require(try room.show(id)["attachments"] as? [[String: Any]])
        #expect(attachments.count == 1 && string(attachments[0], "name") == "anh-cau-dong-lac.jpg"
                && string(attachments[0], "caption") == "Cầu Đồng Lạc sau lũ" && string(attachments[0], "credit") == "Ảnh: Thanh Phú")
        let text = try room.ok(["show", id]).stdout
        #expect(text.contains("anh-cau-dong-lac.jpg (2 KB): Cầu Đồng Lạc sau lũ — Ảnh: Thanh Phú"), "\(text)")
        #expect(try room.gitOut(["status", "--porcelain"]).isEmpty)
        #expect(try room.auditVerify().ok == true)
        let diff = try room.ok(["diff", id, before, "HEAD"]).stdout
        #expect(diff.contains("anh-cau-dong-lac.jpg"), "\(diff)")
    }

    enum BadFile: String, CaseIterable, Sendable {
        case tooLarge, scriptNamedJPG, nameWithDotDot, empty, missing, svgWithScript
    }

    @Test("a file Galley must not take is refused with nothing written", arguments: BadFile.allCases)
    func refused(_ bad: BadFile) throws {
        let room = try Newsroom()
        let id = try room.newArticle("Bài có ảnh")
        var arguments = ["attach", id]
        switch bad {
        case .tooLarge: arguments.append(try room.writeScratch("lon.jpg", Self.jpeg(21 * 1_048_576)))
        case .scriptNamedJPG: arguments.append(try room.writeScratch("anh.jpg", "#!/bin/sh\nrm -rf ~\n"))
        case .nameWithDotDot: arguments += [try room.writeScratch("anh.jpg", Self.jpeg()), "--name", "../../../README.md"]
        case .empty: arguments.append(try room.writeScratch("rong.jpg", Data()))
        case .missing: arguments.append(room.scratch.appendingPathComponent("khong-co.jpg").path)
        case .svgWithScript: arguments.append(try room.writeScratch("anh.svg", "<svg onload=\"alert(1)\"/>"))
        }
        let before = try room.head()
        let refused = try room.galley(arguments, as: Newsroom.reporter)
        #expect(refused.status == 3, "\(bad): \(refused)")
        #expect(refused.stderrLines.count == 1, "\(bad): \(refused.stderr)")
        #expect(try room.head() == before)
        #expect(try room.gitOut(["status", "--porcelain"]).isEmpty, "\(bad): the work tree changed")
        if bad == .tooLarge { #expect(refused.stderr.contains("21.0 MB") && refused.stderr.contains("20.0 MB"), "\(refused.stderr)") }
    }

    @Test("attaching goes exactly where editing does: not the reporter after submission, not on a published article")
    func onlyWhereEditingIs() throws {
        let room = try Newsroom()
        let id = try room.newArticle("Bài chờ biên tập")
        try room.steps(id, [("submit", Newsroom.reporter)])
        let photo = try room.writeScratch("anh.jpg", Self.jpeg())
        let before = try room.head()
        let refused = try room.galley(["attach", id, photo], as: Newsroom.reporter)
        #expect(refused.status == 3 && refused.stderr.contains("submitted"), "\(refused)")
        #expect(try room.head() == before)
        try room.ok(["attach", id, photo], as: Newsroom.editor)
        try room.steps(id, [("approve", Newsroom.editor), ("approve", Newsroom.chief), ("publish", Newsroom.chief)])
        let late = try room.galley(["attach", id, photo, "--name", "anh-2.jpg"], as: Newsroom.chief)
        #expect(late.status == 3, "\(late)")
        let gone = try room.galley(["detach", id, "anh.jpg"], as: Newsroom.chief)
        #expect(gone.status == 3, "\(gone)")
        #expect(try room.auditVerify().ok == true)
    }

    @Test("detach removes the file and its entry; the history keeps both")
    func detach() throws {
        let room = try Newsroom()
        let id = try room.newArticle("Bài gỡ ảnh")
        try room.ok(["attach", id, try room.writeScratch("anh.jpg", Self.jpeg()), "--caption", "Ảnh cũ"], as: Newsroom.reporter)
        let folder = try Self.folder(room, id)
        let missing = try room.galley(["detach", id, "khong-co.jpg"], as: Newsroom.reporter)
        #expect(missing.status == 3 && missing.stderr.contains("anh.jpg"), "\(missing)")
        try room.ok(["detach", id, "anh.jpg"], as: Newsroom.reporter)
        #expect(try room.git(["cat-file", "-e", "HEAD:\(folder)/anh.jpg"]).status != 0)
        #expect(try room.git(["cat-file", "-e", "HEAD^:\(folder)/anh.jpg"]).status == 0)
        #expect(!(try room.committedFile("\(folder)/index.md")).contains("resources:"))
        #expect(!FileManager.default.fileExists(atPath: room.workTreeURL("\(folder)/anh.jpg").path))
        #expect((try room.show(id)["attachments"] as? [Any])?.isEmpty == true)
        #expect(try room.auditVerify().ok == true)
        // the same name may be attached again
        try room.ok(["attach", id, try room.writeScratch("anh.jpg", Self.jpeg(4_096))], as: Newsroom.reporter)
        #expect(try room.auditVerify().ok == true)
    }

    @Test("galley.yaml's attachment_max_mb is the limit, for the writer and for verify")
    func limitFromTheConfig() throws {
        let room = try Newsroom()
        let bad = try room.galley(["config", "set", "attachment_max_mb", "nhiều"], as: Newsroom.admin)
        #expect(bad.status == 3, "\(bad)")
        try room.ok(["config", "set", "attachment_max_mb", "1"], as: Newsroom.admin)
        let id = try room.newArticle("Bài ảnh lớn")
        let before = try room.head()
        let large = try room.galley(["attach", id, try room.writeScratch("lon.jpg", Self.jpeg(1_572_864))], as: Newsroom.reporter)
        #expect(large.status == 3 && large.stderr.contains("1.0 MB"), "\(large)")
        #expect(try room.head() == before)
        try room.ok(["attach", id, try room.writeScratch("vua.jpg", Self.jpeg(900_000))], as: Newsroom.reporter)
        #expect(try room.auditVerify().ok == true)

        // The same large photo committed by hand as an attach step: verify names the rule.
        let step = try room.ok(["attach", id, try room.writeScratch("nho.jpg", Self.jpeg(1_000))], as: Newsroom.reporter)
        _ = step
        let folder = try Self.folder(room, id)
        try room.auditRecommitLastStep(asMember: Newsroom.reporter) {
            try Self.jpeg(1_572_864).write(to: room.workTreeURL("\(folder)/nho.jpg"))
        }
        let verdict = try room.auditVerify()
        #expect(verdict.status == 4 && verdict.violations.contains { $0.rule == "bad-attachment" && $0.article == id }, "\(verdict.listing)")
    }

    @Test("resources: is not edited by hand: a save that changes it is refused, nothing written")
    func resourcesByHand() throws {
        let room = try Newsroom()
        let id = try room.newArticle("Bài sửa chú thích bằng tay")
        try room.ok(["attach", id, try room.writeScratch("anh.jpg", Self.jpeg()), "--caption", "Chú thích cũ"], as: Newsroom.reporter)
        let path = try room.articlePath(id)
        let url = room.workTreeURL(path)
        let text = try String(contentsOf: url, encoding: .utf8)
        try text.replacingOccurrences(of: "Chú thích cũ", with: "Chú thích mới").write(to: url, atomically: true, encoding: .utf8)
        let before = try room.head()
        let refused = try room.galley(["save", id], as: Newsroom.reporter)
        #expect(refused.status == 3 && refused.stderr.contains("galley attach"), "\(refused)")
        #expect(try room.head() == before)
    }

    @Test("a correction replaces a wrong photo on a published article: one commit, the old photo kept in the history")
    func correctionReplacesAPhoto() throws {
        let room = try Newsroom()
        let id = try room.newArticle("Bài đăng nhầm ảnh")
        try room.ok(["attach", id, try room.writeScratch("anh-nham.jpg", Self.jpeg()), "--caption", "Ảnh nhầm"], as: Newsroom.reporter)
        try room.steps(id, [("submit", Newsroom.reporter), ("approve", Newsroom.editor), ("approve", Newsroom.chief), ("publish", Newsroom.chief)])
        let folder = try Self.folder(room, id)
        let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 7, count: 64))
        let reporterTry = try room.galley(["attach", id, try room.writeScratch("anh-dung.png", png)], as: Newsroom.chief)
        #expect(reporterTry.status == 3, "no plain attach on a published article: \(reporterTry)")
        let alone = try room.galley(["correct", id, "-m", "x", "--photo", try room.writeScratch("a.png", png)], as: Newsroom.chief)
        #expect(alone.status == 64, "--photo needs --replace-photo: \(alone)")
        let before = try room.head()
        try room.ok(
            ["correct", id, "-m", "Đính chính: ảnh đăng nhầm, nay thay bằng ảnh đúng", "--replace-photo", "anh-nham.jpg",
             "--photo", try room.writeScratch("Ảnh đúng.png", png), "--caption", "Ảnh đúng"], as: Newsroom.chief)
        #expect(try room.gitOut(["rev-parse", "HEAD^"]) == before)
        let files = try room.gitOut(["show", "--name-status", "--format=", "HEAD"]).split(separator: "\n").map(String.init).sorted()
        #expect(files == ["A\t\(folder)/anh-dung.png", "D\t\(folder)/anh-nham.jpg", "M\t\(folder)/index.md"], "\(files)")
        let index = try room.committedFile("\(folder)/index.md")
        let resources = try #require(index.components(separatedBy: "\nresources:\n").last)
        #expect(resources.hasPrefix("  - src: \"anh-dung.png\"\n    title: \"Ảnh đúng\"\n") && !resources.contains("anh-nham.jpg"), "\(index)")
        // The notice for readers quotes the photo it replaced, like a passage.
        let json = try room.show(id)
        let notice = try #require(((json["corrections"] as? [[String: Any]])?.last?["notice"]) as? [String: Any])
        #expect((notice["wrong"] as? [String])?.contains("anh-nham.jpg: Ảnh nhầm") == true, "\(notice)")
        #expect((notice["corrected"] as? [String])?.contains("anh-dung.png: Ảnh đúng") == true, "\(notice)")
        #expect(index.contains("Đính chính: ảnh đăng nhầm"), "the correction is recorded: \(index)")
        #expect(try room.git(["cat-file", "-e", "HEAD^:\(folder)/anh-nham.jpg"]).status == 0, "the old photo stays in the history")
        #expect(try room.auditVerify().ok == true)

        // The same replacement by hand, with a script for a photo: verify names it.
        try room.auditRecommitLastStep(asMember: Newsroom.chief) {
            try Data("#!/bin/sh\necho pwned\n".utf8).write(to: room.workTreeURL("\(folder)/anh-dung.png"))
        }
        let verdict = try room.auditVerify()
        #expect(verdict.status == 4 && verdict.violations.contains { $0.rule == "bad-attachment" && $0.article == id }, "\(verdict.listing)")
    }

    @Test("a step that carries no text cannot replace a photo, even by hand")
    func approvalCannotReplaceAPhoto() throws {
        let room = try Newsroom()
        let id = try room.newArticle("Bài chờ duyệt có ảnh")
        try room.ok(["attach", id, try room.writeScratch("anh.jpg", Self.jpeg()), "--caption", "Ảnh"], as: Newsroom.reporter)
        try room.steps(id, [("submit", Newsroom.reporter), ("approve", Newsroom.editor)])
        let folder = try Self.folder(room, id)
        try room.auditRecommitLastStep(asMember: Newsroom.editor) {
            try Self.jpeg(3_000).write(to: room.workTreeURL("\(folder)/anh.jpg"))
        }
        let verdict = try room.auditVerify()
        #expect(verdict.status == 4 && verdict.violations.contains { $0.article == id }, "\(verdict.listing)")
    }

    @Test("a bare newsroom takes attachments too")
    func bare() throws {
        let room = try Newsroom(bare: true)
        let id = try room.newArticle("Bài trong kho bare")
        try room.ok(["attach", id, try room.writeScratch("tai-lieu.pdf", "%PDF-1.7\n%âãÏÓ\n"), "--caption", "Toàn văn"], as: Newsroom.reporter)
        let attachments = try #require(try room.show(id)["attachments"] as? [[String: Any]])
        #expect(attachments.count == 1 && string(attachments[0], "name") == "tai-lieu.pdf")
        #expect(try room.auditVerify().ok == true)
        // git gc does not search deltas for photos, in the bare repository too (info/attributes)
        for name in ["anh.jpg", "tai-lieu.pdf", "anh.webp"] {
            #expect(try room.gitOut(["check-attr", "delta", "--", "articles/\(name)"]).hasSuffix("delta: unset"), "\(name)")
        }
        #expect(try room.gitOut(["check-attr", "delta", "--", "articles/x/index.md"]).hasSuffix("delta: unspecified"))
    }

    @Test("a work tree's .gitattributes and a central repository's hook install keep photos out of git gc's delta search")
    func packAttributes() throws {
        let room = try Newsroom()
        #expect(try room.gitOut(["check-attr", "delta", "--", "articles/anh.jpg"]).hasSuffix("delta: unset"))
        let central = room.root.appendingPathComponent("central.git")
        _ = try room.gitOut(["clone", "-q", "--bare", room.repo.path, central.path])
        try room.ok(["hook", "install", central.path])
        try room.ok(["hook", "install", central.path])  // twice: the lines are written once
        let attributes = try String(contentsOf: central.appendingPathComponent("info/attributes"), encoding: .utf8)
        #expect(attributes.components(separatedBy: "*.jpg -delta").count == 2, "\(attributes)")
    }

    @Test("an attach travels through sync's replay and the central hook")
    func throughSync() throws {
        let setup = try SyncedNewsroom()
        let reporter = try setup.clone("phongvien", workTree: true)
        let editor = try setup.clone("bientap.git")
        let id = try setup.newArticle(reporter, "Ảnh qua đồng bộ", body: "Đoạn một.\n")
        let photo = try setup.central.writeScratch("anh.jpg", Self.jpeg())
        try setup.ok(reporter, ["attach", id, photo, "--caption", "Ảnh"], as: Newsroom.reporter)
        try setup.ok(reporter, ["submit", id], as: Newsroom.reporter)
        try setup.sync(reporter)
        try setup.sync(editor)
        try setup.expectConverged([reporter, editor])
        let shown = try jsonObject(try setup.ok(editor, ["show", id, "--format", "json"]))
        #expect((shown["attachments"] as? [[String: Any]])?.first.flatMap { string($0, "name") } == "anh.jpg", "\(shown)")
    }
}
