import Foundation
import Testing

/// Issue 12: per-section rights. In `three-level` (`section_roles: [section-editor]`) a section
/// editor acts only on articles in their `sections:` from people.yaml: the command refuses
/// (exit 3, naming the sections), the queue leaves the others out, and the same step made with
/// plain git is reported by verify and refused by the central hook.
@Suite("Section rights")
struct SectionRightsTests {
    static let reporter = StaffMember(id: "phongvien", name: "Phóng Viên", email: "pv@example.vn", roles: ["reporter"])
    static let economy = StaffMember(id: "tbkinhte", name: "Trưởng Ban Kinh Tế", email: "kt@example.vn", roles: ["section-editor"])
    static let politics = StaffMember(id: "tbthoisu", name: "Trưởng Ban Thời Sự", email: "ts@example.vn", roles: ["section-editor"])
    static let secretary = StaffMember(id: "thuky", name: "Thư Ký", email: "tk@example.vn", roles: ["secretary"])
    static let chief = StaffMember(id: Newsroom.chief, name: "Tổng Biên Tập", email: "tbt@example.vn", roles: ["chief"])

    static func room() throws -> Newsroom {
        let room = try Newsroom(staff: [reporter, economy, politics, secretary, chief], initArguments: ["--workflow", "three-level"])
        try room.ok(["people", "sections", economy.id, "Kinh tế"], as: Newsroom.admin)
        try room.ok(["people", "sections", politics.id, "thoi-su"], as: Newsroom.admin)
        return room
    }

    @Test("a kinh-te section editor cannot approve a thoi-su article; can approve a kinh-te one; the queue agrees")
    func theCommandAndTheQueue() throws {
        let room = try Self.room()
        #expect(try room.committedFile("people.yaml").contains("    sections: [kinh-te]\n"))
        let news = try room.newArticle("Tin thời sự", as: Self.reporter.id, section: "thoi-su")
        let market = try room.newArticle("Tin kinh tế", as: Self.reporter.id, section: "kinh-te")
        try room.steps(news, [("submit", Self.reporter.id)])
        try room.steps(market, [("submit", Self.reporter.id)])
        let before = try room.snapshot()
        for language in ["en", "vi"] {
            let refused = try room.galley(["approve", news], as: Self.economy.id, environment: ["GALLEY_LANG": language])
            #expect(refused.status == 3, "\(refused)")
            #expect(refused.stderr.contains("kinh-te") && refused.stderr.contains("thoi-su")
                    && refused.stderr.contains(language == "vi" ? "chuyên mục" : "sections"), "\(refused.stderr)")
        }
        #expect(try room.galley(["assign", news, "--to", Self.politics.id], as: Self.economy.id).status == 3)
        expectUnchanged(before, try room.snapshot(), "refused outside the sections")
        let queue = try jsonArray(try room.ok(["queue", "--format", "json"], as: Self.economy.id))
        #expect(queue.map { string($0, "id") } == [market], "\(queue)")
        let all = try jsonArray(try room.ok(["queue", "--all", "--format", "json"], as: Self.economy.id))
        #expect(!all.contains { string($0, "id") == news }, "\(all)")
        try room.steps(market, [("approve", Self.economy.id)])
        try room.steps(news, [("approve", Self.politics.id)])
        // The chief assigns within the rules: the kinh-te editor is no one to give a thoi-su article.
        let story = try room.newArticle("Tin thời sự hai", as: Self.reporter.id, section: "thoi-su")
        try room.steps(story, [("submit", Self.reporter.id)])
        let misassigned = try room.galley(["assign", story, "--to", Self.economy.id], as: Newsroom.chief)
        #expect(misassigned.status == 3 && misassigned.stderr.contains(Self.politics.id), "\(misassigned.stderr)")
        try room.ok(["assign", story, "--to", Self.politics.id], as: Newsroom.chief)
        let verdict = try room.auditVerify()
        #expect(verdict.ok == true, "\(verdict.listing)")
    }

    @Test("people sections refuses a section galley.yaml lacks, and writes nothing")
    func unknownSectionsAreRefused() throws {
        let room = try Self.room()
        let before = try room.snapshot()
        let refused = try room.galley(["people", "sections", Self.economy.id, "tin-don"], as: Newsroom.admin)
        #expect(refused.status != 0 && refused.stderr.contains("tin-don") && refused.stderr.contains("kinh-te (Kinh tế)"), "\(refused)")
        expectUnchanged(before, try room.snapshot(), "unknown section")
        // Nor may galley.yaml drop a section someone holds.
        let dropped = try room.galley(["config", "set", "sections", "thoi-su=Thời sự"], as: Newsroom.admin)
        #expect(dropped.status == 3 && dropped.stderr.contains("kinh-te"), "\(dropped)")
        expectUnchanged(before, try room.snapshot(), "a section list that drops a held section")
        // Lifting the limit is an empty list.
        try room.ok(["people", "sections", Self.economy.id], as: Newsroom.admin)
        #expect(!(try room.committedFile("people.yaml")).contains("sections: [kinh-te]"))
    }

    @Test("the approval made with plain git: verify names outside-sections, the central hook refuses it")
    func plainGitAndTheHook() throws {
        let room = try Self.room()
        let served = room.root.appendingPathComponent("srv")
        let central = served.appendingPathComponent("central.git")
        _ = try room.gitOut(["clone", "-q", "--bare", room.repo.path, central.path])
        #expect(try room.galley(["hook", "install", central.path]).status == 0)
        let daemon = try GitDaemon(basePath: served, environment: room.environment, log: room.scratch.appendingPathComponent("daemon.log"))
        defer { daemon.stop() }
        _ = try room.gitOut(["remote", "add", "central", daemon.url("central.git")])

        let news = try room.newArticle("Tin thời sự", as: Self.reporter.id, section: "thoi-su")
        try room.steps(news, [("submit", Self.reporter.id)])
        #expect(try room.git(["push", "-q", "central", "main"]).status == 0)
        // The approval Galley writes for the thoi-su editor, recommitted in the kinh-te editor's name.
        try room.steps(news, [("approve", Self.politics.id)])
        let message = try room.gitOut(["log", "-1", "--format=%B"]) + "\n"
        let date = try room.gitOut(["log", "-1", "--format=%aI"])
        _ = try room.gitOut(["reset", "-q", "--soft", "HEAD^"])
        try room.auditRewrite(try room.articlePath(news)) { $0.replacingOccurrences(of: "[\"\(Self.politics.id)\"]", with: "[\"\(Self.economy.id)\"]") }
        let forged = message.replacingOccurrences(of: "Galley-Actor: \(Self.politics.id)", with: "Galley-Actor: \(Self.economy.id)")
        #expect(forged != message)
        let commit = try room.auditPlainCommit(forged, asMember: Self.economy.id, extra: ["--date", date])
        let verdict = try room.auditVerify()
        #expect(verdict.status == 4, "\(verdict.result)")
        #expect(verdict.violations.contains { $0.rule == "outside-sections" && $0.article == news && $0.commit == commit }, "\(verdict.listing)")
        let tip = try room.gitOut(["--git-dir", central.path, "rev-parse", "main"])
        let pushed = try room.git(["push", "central", "main"])
        #expect(pushed.status != 0 && pushed.stderr.contains("[outside-sections]"), "\(pushed.stderr)")
        #expect(try room.gitOut(["--git-dir", central.path, "rev-parse", "main"]) == tip)
    }

    @Test("people.yaml edited by an admin with plain git to a section galley.yaml lacks: verify names unknown-section")
    func handEditedPeopleSections() throws {
        let room = try Self.room()
        try room.auditRewrite("people.yaml") { $0.replacingOccurrences(of: "sections: [kinh-te]", with: "sections: [kinh-te, tin-don]") }
        let commit = try room.auditPlainCommit(
            attackMessage("people", article: nil, from: nil, to: nil, actor: Newsroom.admin, role: "admin"), asMember: Newsroom.admin)
        let verdict = try room.auditVerify()
        #expect(verdict.violations.contains { $0.rule == "unknown-section" && $0.commit == commit && $0.message.contains("tin-don") }, "\(verdict.listing)")
    }
}
