import Foundation
import Testing

/// `init`, `people`, `config`: admin-only changes, judged by the rules before them.
@Suite("Newsroom administration")
struct AdminTests {
    @Test("init refuses a non-empty folder and touches nothing", arguments: ["a file", "an existing newsroom"])
    func initNonEmpty(what: String) throws {
        let room = try Newsroom(staff: [])
        let target: URL
        if what == "a file" {
            target = room.root.appendingPathComponent("co-san")
            try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
            try Data("của ai đó\n".utf8).write(to: target.appendingPathComponent("ghi-chu.md"))
        } else {
            target = room.repo
        }
        let before = try Newsroom.listFiles(in: target, skippingGitDir: false)
        let head = try room.head()
        let result = try room.galley(["init", target.path, "--admin", "khac", "--admin-name", "Khác"], in: room.root)
        #expect(result.status == 3, "\(result)")
        #expect(result.stderrLines.count == 1 && result.stderr.hasPrefix("galley: "), "\(result.stderr)")
        #expect(try Newsroom.listFiles(in: target, skippingGitDir: false) == before, "init touched \(target.path)")
        #expect(try room.head() == head)
    }

    @Test("init writes the init commit with its trailers and the standard files", arguments: [false, true])
    func initCommit(bare: Bool) throws {
        let room = try Newsroom(bare: bare, staff: [])
        #expect(try room.gitOut(["rev-list", "--count", "HEAD"]) == "1")
        #expect(try room.trailers() == ["Galley-Transition: init", "Galley-Actor: quantri", "Galley-Role: admin"])
        #expect(try room.gitOut(["log", "-1", "--format=%an|%ae"]) == "Nguyễn Quản Trị|quantri@example.vn")
        let tree = Set(try room.gitOut(["ls-tree", "--name-only", "HEAD"]).split(separator: "\n").map(String.init))
        #expect(tree.isSuperset(of: ["galley.yaml", "workflow.yaml", "people.yaml"]), "\(tree)")
        #expect(try room.gitOut(["rev-parse", "--is-bare-repository"]) == (bare ? "true" : "false"))
        if !bare { #expect(try room.gitOut(["status", "--porcelain"]).isEmpty) }
        #expect(try room.git(["fsck", "--strict", "--no-progress"]).status == 0)
        let config = try room.ok(["config", "get", "name"])
        #expect(config.stdout.contains("Báo Mẫu"), "\(config)")
    }

    @Test("people and config changes: admins only, and the last admin stays")
    func peopleChanges() throws {
        let room = try Newsroom()
        var before = try room.snapshot()
        let byReporter = try room.galley(["people", "add", "moi", "--name", "Mới", "--email", "moi@example.vn",
                                          "--role", "reporter"], as: Newsroom.reporter)
        #expect(byReporter.status == 3 && byReporter.stderr.contains("admin"), "\(byReporter)")
        let setByChief = try room.galley(["people", "set", Newsroom.chief, "--role", "admin"], as: Newsroom.chief)
        #expect(setByChief.status == 3, "a chief granting themselves admin: \(setByChief)")
        let configByEditor = try room.galley(["config", "set", "name", "Báo Khác"], as: Newsroom.editor)
        #expect(configByEditor.status == 3, "\(configByEditor)")
        let lastAdmin = try room.galley(["people", "deactivate", Newsroom.admin], as: Newsroom.admin)
        #expect(lastAdmin.status == 3, "\(lastAdmin)")
        #expect(lastAdmin.stderrLines.count == 1 && lastAdmin.stderr.hasPrefix("galley: "), "\(lastAdmin.stderr)")
        let demoteLast = try room.galley(["people", "set", Newsroom.admin, "--role", "reporter"], as: Newsroom.admin)
        #expect(demoteLast.status == 3, "removing the last admin's role: \(demoteLast)")
        let duplicate = try room.galley(["people", "add", Newsroom.editor, "--name", "Trùng", "--email", "trung@example.vn",
                                         "--role", "editor"], as: Newsroom.admin)
        #expect(duplicate.status == 3 || duplicate.status == 1, "adding an existing id: \(duplicate)")
        let badID = try room.galley(["people", "add", "Ngọc Hà", "--name", "X", "--email", "x@example.vn",
                                     "--role", "editor"], as: Newsroom.admin)
        #expect(badID.status == 3, "a person id outside [a-z0-9._-]: \(badID)")
        expectUnchanged(before, try room.snapshot(), "refused people/config changes")

        // a second admin, then the first may go; the change is a `people` commit by an admin
        try room.ok(["people", "set", Newsroom.chief, "--role", "chief", "--role", "admin"], as: Newsroom.admin)
        #expect(try room.trailers() == ["Galley-Transition: people", "Galley-Actor: quantri", "Galley-Role: admin"])
        try room.ok(["people", "deactivate", Newsroom.admin], as: Newsroom.chief)
        let people = try jsonArray(try room.ok(["people", "list", "--format", "json"]))
        let admin = try #require(people.first { string($0, "id") == Newsroom.admin })
        #expect(admin["active"] as? Bool == false, "a deactivated person stays listed: \(admin)")
        #expect(try room.galley(["people", "add", "x", "--name", "X", "--email", "x@example.vn", "--role", "reporter"],
                                as: Newsroom.admin).status == 3, "a deactivated admin still changes people")

        before = try room.snapshot()
        try room.ok(["config", "set", "name", "Báo Mới"], as: Newsroom.chief)
        #expect(try room.trailers() == ["Galley-Transition: config", "Galley-Actor: \(Newsroom.chief)", "Galley-Role: admin"])
        #expect(try room.ok(["config", "get", "name"]).stdout.contains("Báo Mới"))
        #expect(try room.gitOut(["status", "--porcelain"]).isEmpty)
        #expect(try room.head() != before.head)
    }
}
