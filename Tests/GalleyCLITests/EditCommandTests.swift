import Foundation
import Testing

/// `galley edit ID` with `$EDITOR` set to small shell scripts.
@Suite("edit with $EDITOR")
struct EditCommandTests {
    /// Writes an executable script into the scratch folder; returns its path.
    static func script(_ room: Newsroom, _ name: String, _ body: String) throws -> String {
        let path = try room.writeScratch(name, "#!/bin/sh\n" + body + "\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        return path
    }

    @Test("the editor's rewrite is committed as a revision", arguments: [false, true])
    func editRewritesBody(bare: Bool) throws {
        let room = try Newsroom(bare: bare)
        let id = try room.newArticle("Bài sửa bằng trình soạn thảo", body: "Đoạn gốc.\n")
        let editor = try Self.script(room, "sua.sh", #"sed -i 's/^Đoạn gốc\.$/Đoạn do trình soạn thảo viết./' "$1""#)
        let before = try room.head()
        try room.ok(["edit", id], as: Newsroom.reporter, environment: ["EDITOR": editor])
        #expect(try room.gitOut(["rev-parse", "HEAD^"]) == before)
        let path = try room.articlePath(id)
        let file = try room.committedFile(path)
        #expect(file.hasSuffix("Đoạn do trình soạn thảo viết.\n"), "\(file)")
        #expect(try room.trailers() == [
            "Galley-Article: \(id)", "Galley-Transition: revise", "Galley-From: draft", "Galley-To: draft",
            "Galley-Actor: \(Newsroom.reporter)", "Galley-Role: author",
        ])
        if !bare {
            #expect(try room.gitOut(["status", "--porcelain"]).isEmpty)
            #expect(try String(contentsOf: room.workTreeURL(path), encoding: .utf8) == file)
        }
        // an editor that changes nothing: no commit
        let head = try room.head()
        try room.ok(["edit", id], as: Newsroom.reporter, environment: ["EDITOR": "true"])
        #expect(try room.head() == head)
    }

    @Test("$EDITOR with arguments, as git allows (\"sh script\")")
    func editorWithArguments() throws {
        let room = try Newsroom(bare: true)
        let id = try room.newArticle("Bài trình soạn thảo có đối số", body: "Đoạn gốc.\n")
        let editor = try Self.script(room, "them.sh", #"printf 'Dòng thêm.\n' >> "$1""#)
        try room.ok(["edit", id], as: Newsroom.reporter, environment: ["EDITOR": "/bin/sh \(editor)"])
        #expect(try room.committedFile(try room.articlePath(id)).hasSuffix("Dòng thêm.\n"))
    }

    @Test("a failing editor or a forbidden change commits nothing; the text is kept",
          arguments: [false, true], ["exit 1", "state", "not allowed"])
    func editRefused(bare: Bool, what: String) throws {
        let room = try Newsroom(bare: bare)
        let tmp = room.root.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        let id = try room.newArticle("Bài sửa hỏng", body: "Đoạn gốc.\n")
        var person = Newsroom.reporter
        let editor: String
        switch what {
        case "exit 1":
            editor = try Self.script(room, "hong.sh", #"printf 'Nửa chừng.\n' >> "$1"; exit 1"#)
        case "state":
            editor = try Self.script(room, "trangthai.sh", #"sed -i 's/^state: draft$/state: published/' "$1"; printf 'Nửa chừng.\n' >> "$1""#)
        default:
            // the editor may not edit a draft: refused before the editor opens
            editor = try Self.script(room, "khac.sh", #"printf 'Nửa chừng.\n' >> "$1""#)
            person = Newsroom.editor
        }
        let path = try room.articlePath(id)
        let before = try room.snapshot()
        let result = try room.galley(["edit", id], as: person, environment: ["EDITOR": editor, "TMPDIR": tmp.path])
        #expect(result.status == (what == "exit 1" ? 1 : 3), "\(what): \(result)")
        #expect(result.stderr.hasPrefix("galley: "), "\(result.stderr)")

        var after = try room.snapshot()
        #expect(after.head == before.head && after.refs == before.refs && after.index == before.index, "\(what): HEAD or index moved")
        let opened = what != "not allowed"
        if bare {
            // the temporary copy with the editor's text: kept and named, or removed
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: tmp.path)
            for name in leftovers {
                let text = try String(contentsOf: tmp.appendingPathComponent(name), encoding: .utf8)
                let named = result.stderr.contains(name)
                // A copy that is left behind must be named on stderr, so the user can find their text.
                #expect(named, "\(what): \(name) left in TMPDIR without telling the user where their text is: \(result.stderr)")
                #expect(text.contains("Nửa chừng."), "\(what): kept copy lacks the editor's text")
            }
            if what == "state" {
                #expect(leftovers.count == 1, "\(what): the edited text is not kept: \(leftovers)")
            }
        } else if opened {
            // the article's own file was opened: the editor's text stays there, nothing else moved
            let text = try String(contentsOf: room.workTreeURL(path), encoding: .utf8)
            #expect(text.hasSuffix("Nửa chừng.\n"), "\(what): the editor's text was lost")
            after.workTree[path] = before.workTree[path]
        }
        expectUnchanged(before, after, "edit: \(what)")
    }
}
