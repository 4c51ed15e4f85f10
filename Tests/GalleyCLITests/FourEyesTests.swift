import Foundation
import Testing

/// Issue 12: four eyes at every approval. In `three-level` a section editor who writes an
/// article takes none of its approvals and does not publish it — even holding the
/// secretary's and the chief's roles too: the command is refused (exit 3, nothing written),
/// and the same step made with plain git is what `verify` reports.
@Suite("Four eyes: nobody approves their own article")
struct FourEyesTests {
    /// Writes and could approve at every stage by role.
    static let writer = StaffMember(id: "truongban", name: "Trưởng Ban Viết", email: "tb@example.vn", roles: ["section-editor", "secretary", "chief"])
    static let sectionEditor = StaffMember(id: "truongban2", name: "Trưởng Ban Hai", email: "tb2@example.vn", roles: ["section-editor"])
    static let secretary = StaffMember(id: "thuky", name: "Thư Ký", email: "tk@example.vn", roles: ["secretary"])
    static let chief = StaffMember(id: "tongbientap", name: "Tổng Biên Tập", email: "tbt@example.vn", roles: ["chief"])

    static func room() throws -> Newsroom {
        try Newsroom(staff: [writer, sectionEditor, secretary, chief], initArguments: ["--workflow", "three-level"])
    }

    /// The chain as (state the article is in, the step, who else takes it).
    static let stages: [(state: String, step: String, other: StaffMember)] = [
        ("submitted", "approve", sectionEditor), ("edited", "approve", secretary), ("checked", "approve", chief), ("approved", "publish", chief),
    ]

    @Test("refused at every stage, exit 3, the refusal saying why; another person takes each step")
    func refusedByTheCommand() throws {
        let room = try Self.room()
        let id = try room.newArticle("Bài của trưởng ban", as: Self.writer.id)
        try room.steps(id, [("submit", Self.writer.id)])
        for stage in Self.stages {
            #expect(try room.state(id) == stage.state)
            let before = try room.snapshot()
            let refused = try room.galley([stage.step, id], as: Self.writer.id)
            #expect(refused.status == 3, "\(stage.step) at \(stage.state): \(refused)")
            #expect(refused.stderrLines.count == 1, "\(refused.stderr)")
            #expect(refused.stderr.contains("the author may not \(stage.step) their own article"), "\(refused.stderr)")
            #expect(refused.stderr.contains("not the author"), "says who may instead: \(refused.stderr)")
            expectUnchanged(before, try room.snapshot(), "\(stage.step) at \(stage.state)")
            // Nor through the generic command.
            #expect(try room.galley(["transition", id, stage.step], as: Self.writer.id).status == 3)
            try room.steps(id, [(stage.step, stage.other.id)])
        }
        #expect(try room.state(id) == "published")
        let verdict = try room.auditVerify()
        #expect(verdict.status == 0 && verdict.ok == true, "\(verdict.listing)")
    }

    @Test("not in the writer's queue as an approval; in the others'")
    func queue() throws {
        let room = try Self.room()
        let id = try room.newArticle("Bài chờ duyệt", as: Self.writer.id)
        try room.steps(id, [("submit", Self.writer.id)])
        let writers = try jsonArray(try room.ok(["queue", "--format", "json"], as: Self.writer.id))
        let steps = writers.first { string($0, "id") == id }.flatMap { $0["steps"] as? [String] } ?? []
        #expect(!steps.contains("approve"), "\(writers)")
        let others = try jsonArray(try room.ok(["queue", "--format", "json"], as: Self.sectionEditor.id))
        #expect(others.contains { string($0, "id") == id && ($0["steps"] as? [String])?.contains("approve") == true }, "\(others)")
    }

    @Test("the same step made with plain git: verify names not-permitted on that commit", arguments: stages.indices)
    func plainGit(_ stageIndex: Int) throws {
        let room = try Self.room()
        let id = try room.newArticle("Bài tự duyệt bằng git", as: Self.writer.id)
        try room.steps(id, [("submit", Self.writer.id)])
        for stage in Self.stages.prefix(stageIndex) { try room.steps(id, [(stage.step, stage.other.id)]) }
        let stage = Self.stages[stageIndex]
        // The step Galley writes for the person allowed to take it, recommitted in the writer's name.
        try room.steps(id, [(stage.step, stage.other.id)])
        let message = try room.gitOut(["log", "-1", "--format=%B"]) + "\n"
        let date = try room.gitOut(["log", "-1", "--format=%aI"])
        _ = try room.gitOut(["reset", "-q", "--soft", "HEAD^"])
        let path = try room.articlePath(id)
        if stage.step == "approve" {
            try room.auditRewrite(path) { $0.replacingOccurrences(of: "\"\(stage.other.id)\"]", with: "\"\(Self.writer.id)\"]") }
        }
        let forged = message.replacingOccurrences(of: "Galley-Actor: \(stage.other.id)", with: "Galley-Actor: \(Self.writer.id)")
        #expect(forged != message)
        let commit = try room.auditPlainCommit(forged, asMember: Self.writer.id, extra: ["--date", date])
        let verdict = try room.auditVerify()
        #expect(verdict.status == 4, "\(verdict.result)")
        #expect(verdict.violations.allSatisfy { $0.commit == commit }, "\(verdict.listing)")
        #expect(verdict.violations.contains { $0.rule == "not-permitted" && $0.article == id && $0.message.contains("own article") },
                "\(stage.step) at \(stage.state): \(verdict.listing)")
    }
}
