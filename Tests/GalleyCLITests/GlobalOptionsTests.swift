import Foundation
import Testing

/// `--repo`, `--as`, `GALLEY_USER` and git's user.email: who acts, on which repository.
@Suite("Global options and the acting person")
struct GlobalOptionsTests {
    @Test("--repo PATH --as ID works from another directory", arguments: [false, true])
    func repoFromElsewhere(bare: Bool) throws {
        let room = try Newsroom(bare: bare)
        let body = try room.writeScratch("xa.md", "Gửi từ xa.\n")
        let created = try room.ok(["--repo", room.repo.path, "--as", Newsroom.reporter, "new", "Bài từ xa",
                                   "--body-file", body], in: room.elsewhere)
        let id = created.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(id == "bai-tu-xa")
        let list = try room.ok(["--repo", room.repo.path, "--as", Newsroom.editor, "list", "--format", "json"], in: room.elsewhere)
        #expect(try jsonArray(list).compactMap { string($0, "id") } == [id])
        try room.ok(["--repo", room.repo.path, "--as", Newsroom.reporter, "submit", id], in: room.elsewhere)
        #expect(try room.state(id) == "submitted")
        // without --repo, from a folder outside any repository: a clear failure
        let lost = try room.galley(["--as", Newsroom.editor, "list"], in: room.elsewhere)
        #expect(lost.status == 1, "\(lost)")
        #expect(lost.stderr.hasPrefix("galley: ") && lost.stderrLines.count == 1, "\(lost.stderr)")
        // --repo naming a folder that is no repository
        let none = try room.galley(["--repo", room.elsewhere.path, "list"], in: room.root)
        #expect(none.status == 1, "\(none)")
    }

    @Test("found from a subdirectory of the work tree, like git")
    func fromSubdirectory() throws {
        let room = try Newsroom()
        let id = try room.newArticle("Bài tìm từ thư mục con")
        let path = try room.articlePath(id)
        let folder = room.workTreeURL(path).deletingLastPathComponent()
        let shown = try room.ok(["show", id, "--format", "json"], in: folder)
        #expect(string(try jsonObject(shown), "id") == id)
        try room.ok(["submit", id], as: Newsroom.reporter, in: folder)
        #expect(try room.gitOut(["status", "--porcelain"]).isEmpty)
    }

    @Test("GALLEY_USER names the acting person; --as wins over it", arguments: [false, true])
    func galleyUser(bare: Bool) throws {
        let room = try Newsroom(bare: bare)
        let created = try room.ok(["new", "Bài qua biến môi trường"], environment: ["GALLEY_USER": Newsroom.reporter])
        let id = created.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(string(try room.show(id), "author") == Newsroom.reporter)
        #expect(try room.gitOut(["log", "-1", "--format=%ae"]) == "phu@example.vn")

        try room.ok(["submit", id], as: Newsroom.reporter, environment: ["GALLEY_USER": Newsroom.editor])
        #expect(try room.trailers().contains("Galley-Actor: \(Newsroom.reporter)"))

        let unknown = try room.galley(["approve", id], environment: ["GALLEY_USER": "khong-ai"])
        #expect(unknown.status == 1, "\(unknown)")
        #expect(unknown.stderr.contains("khong-ai"), "\(unknown.stderr)")
    }

    @Test("in a work tree, git's user.email picks the person")
    func userEmailInWorkTree() throws {
        let room = try Newsroom()
        // HOME's .gitconfig names nobody on the staff: refused with a hint
        let before = try room.snapshot()
        let nobody = try room.galley(["new", "Bài vô danh"])
        #expect(nobody.status == 1, "\(nobody)")
        #expect(nobody.stderr.contains("--as"), "\(nobody.stderr)")
        #expect(nobody.stderrLines.count == 1, "\(nobody.stderr)")
        expectUnchanged(before, try room.snapshot(), "new by nobody")

        #expect(try room.git(["config", "user.email", "phu@example.vn"]).status == 0)
        let created = try room.ok(["new", "Bài theo email"])
        let id = created.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(string(try room.show(id), "author") == Newsroom.reporter)
        // the commit names the person from people.yaml, not git's user.name
        #expect(try room.gitOut(["log", "-1", "--format=%an|%ae|%cn|%ce"]) == "Thanh Phú|phu@example.vn|Thanh Phú|phu@example.vn")
    }

    @Test("in a bare repository there is no user.email fallback: --as is needed")
    func bareNeedsAs() throws {
        let room = try Newsroom(bare: true)
        #expect(try room.git(["config", "user.email", "phu@example.vn"]).status == 0)
        let before = try room.snapshot()
        let result = try room.galley(["new", "Bài không người"])
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains("--as"), "\(result.stderr)")
        #expect(result.stderrLines.count == 1 && result.stderr.hasPrefix("galley: "), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        expectUnchanged(before, try room.snapshot(), "new without --as in a bare repo")
    }
}
