import Foundation
import Testing

/// What goes wrong on a person's own machine — an editor that cannot be found or fails, a
/// password file with a bad line, a newsroom whose history lost a rules file — is said in
/// Vietnamese from the catalog, with the same exit code as before, and changes nothing.
@Suite("Failures on the person's own machine, in Vietnamese")
struct LocalFailureLanguageTests {
    @Test("an EDITOR that does not exist: exit 1, told to set EDITOR, nothing committed", arguments: [false, true])
    func editorMissing(bare: Bool) throws {
        let room = try Newsroom(bare: bare)
        let id = try room.newArticle("Bài không có trình soạn thảo")
        let before = try room.snapshot()
        let run = try room.galley(["edit", id], as: Newsroom.reporter,
                                  environment: ["GALLEY_LANG": "vi", "EDITOR": "galley-khong-co-trinh-soan-thao"])
        #expect(run.status == 1, "\(run)")
        #expect(run.stderr.contains("Trình soạn thảo 'galley-khong-co-trinh-soan-thao' kết thúc với mã lỗi 127"), "\(run.stderr)")
        #expect(run.stderr.contains("hãy đặt biến EDITOR") && run.stderr.contains("chưa lưu gì cả"), "\(run.stderr)")
        #expect(!run.stderr.contains("exited with status"), "English left: \(run.stderr)")
        let after = try room.snapshot()
        #expect(after.head == before.head && after.refs == before.refs)
    }

    @Test("an editor that exits 1: exit 1, the status said in Vietnamese, nothing committed, the bare copy named", arguments: [false, true])
    func editorFails(bare: Bool) throws {
        let room = try Newsroom(bare: bare)
        let id = try room.newArticle("Bài trình soạn thảo thoát lỗi")
        let editor = try EditCommandTests.script(room, "thoat-loi.sh", #"printf 'Nửa chừng.\n' >> "$1"; exit 1"#)
        let before = try room.snapshot()
        let run = try room.galley(["edit", id], as: Newsroom.reporter, environment: ["GALLEY_LANG": "vi", "EDITOR": editor])
        #expect(run.status == 1, "\(run)")
        #expect(run.stderr.contains("Trình soạn thảo '\(editor)' kết thúc với mã lỗi 1; chưa lưu gì cả"), "\(run.stderr)")
        #expect(!run.stderr.contains("EDITOR"), "status 1 is the editor's own failure, not a missing editor: \(run.stderr)")
        if bare {
            #expect(run.stderr.contains("Văn bản bạn đã sửa vẫn được giữ trong "), "\(run.stderr)")
            #expect(!run.stderr.contains("is kept in"), "English left: \(run.stderr)")
        }
        let after = try room.snapshot()
        #expect(after.head == before.head && after.refs == before.refs && after.index == before.index)
        #expect(try room.state(id) == "draft")
    }

    @Test("a malformed line in the password file: exit 1, repair or remove it in Vietnamese, the file untouched")
    func malformedPasswordLine() throws {
        let room = try Newsroom()
        let folder = room.gitDir.appendingPathComponent("galley")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("passwords")
        let hostile = Data("\(Newsroom.editor):khong-phai-scrypt\n".utf8)
        try hostile.write(to: file)
        let before = try room.head()
        room.environment["GALLEY_LANG"] = "vi"
        let run = try room.galleyWithInput(["people", "password", Newsroom.reporter, "--stdin"], as: Newsroom.admin, input: "mật khẩu đủ dài 1")
        #expect(run.status == 1, "\(run)")
        #expect(run.stderr.contains("Tệp \(file.path) có một dòng không đúng dạng id:scrypt$…: hãy sửa hoặc xóa dòng đó"), "\(run.stderr)")
        #expect(try Data(contentsOf: file) == hostile, "the password file was rewritten")
        #expect(try room.head() == before)
    }

    @Test("a rules file missing from a history rewritten by plain git: the newsroom is damaged, said in Vietnamese with the path and commit")
    func damagedNewsroom() throws {
        let room = try Newsroom()
        // A later commit that drops it is kept out of force by the rules ledger (the earlier rules
        // apply); a history rewritten by hand to a first commit without it has no earlier rules.
        _ = try room.gitOut(["rm", "-q", "--cached", "people.yaml"])
        let tree = try room.gitOut(["write-tree"])
        let forged = try room.gitOut(["-c", "user.name=Ai Đó", "-c", "user.email=ai@example.vn", "commit-tree", tree, "-m", "init không có people.yaml"])
        _ = try room.gitOut(["update-ref", "refs/heads/main", forged])
        _ = try room.gitOut(["reset", "-q"])
        let head = try room.head()
        let run = try room.galley(["list"], as: Newsroom.reporter, environment: ["GALLEY_LANG": "vi"])
        #expect(run.status == 1, "\(run)")
        #expect(run.stderr.contains("Thiếu tệp people.yaml ở commit \(head.prefix(7))"), "\(run.stderr)")
        #expect(run.stderr.contains("hãy khôi phục tệp đó bằng git"), "\(run.stderr)")
        #expect(try room.head() == head)
        let english = try room.galley(["list"], as: Newsroom.reporter)
        #expect(english.status == 1)
        #expect(english.stderr.contains("people.yaml is missing at commit \(head.prefix(7)): the newsroom is damaged; restore it with git"), "\(english.stderr)")
    }

    @Test("a plain git repository that is no newsroom: said in Vietnamese, exit 1, nothing written")
    func notANewsroom() throws {
        let room = try Newsroom.uninitialized()
        let plain = room.root.appendingPathComponent("du-an-khac")
        try FileManager.default.createDirectory(at: plain, withIntermediateDirectories: true)
        try "# Dự án khác\n".write(to: plain.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)
        for arguments in [["init", "-q"], ["add", "README.md"], ["-c", "user.name=Ai Đó", "-c", "user.email=ai@example.vn", "commit", "-q", "-m", "đầu"]] {
            let done = try runProgram(URL(fileURLWithPath: "/usr/bin/env"), ["git", "-C", plain.path] + arguments, in: room.root,
                                      environment: room.environment, scratch: room.scratch)
            try #require(done.status == 0, "\(done)")
        }
        let run = try room.galley(["list"], in: plain, environment: ["GALLEY_LANG": "vi"])
        #expect(run.status == 1, "\(run)")
        #expect(run.stderr.contains("là kho git nhưng không phải tòa soạn Galley (nhánh main không có galley.yaml)"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: plain.appendingPathComponent(".git/galley").path), "galley wrote into a foreign repository")
    }

    @Test("a body file that cannot be read: the kind of file and its path in Vietnamese, exit 1")
    func bodyFileUnreadable() throws {
        let room = try Newsroom()
        let before = try room.head()
        let run = try room.galley(["new", "Bài thiếu tệp", "--body-file", "khong-co.md"], as: Newsroom.reporter, environment: ["GALLEY_LANG": "vi"])
        #expect(run.status == 1, "\(run)")
        #expect(run.stderr.contains("Không đọc được tệp nội dung khong-co.md: không có tệp đó hoặc không có quyền đọc"), "\(run.stderr)")
        #expect(try room.head() == before)
    }
}
