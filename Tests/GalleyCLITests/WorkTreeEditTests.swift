import Foundation
import Testing

/// Uncommitted edits in a work tree: never overwritten, never lost, committed by `save`.
@Suite("Uncommitted work-tree edits")
struct WorkTreeEditTests {
    @Test("a hand edit blocks submit, save commits it, a second save is a no-op")
    func handEditThenSave() throws {
        let room = try Newsroom()
        let id = try room.newArticle("Bài sửa tay", body: "Đoạn một.\n")
        let path = try room.articlePath(id)
        let url = room.workTreeURL(path)
        let edited = try String(contentsOf: url, encoding: .utf8) + "\nĐoạn hai, gõ thẳng vào tệp.\n"
        try Data(edited.utf8).write(to: url)

        let before = try room.snapshot()
        let submit = try room.galley(["submit", id], as: Newsroom.reporter)
        #expect(submit.status == 3, "\(submit)")
        #expect(submit.stderrLines.count == 1 && submit.stderr.hasPrefix("galley: "), "\(submit.stderr)")
        #expect(submit.stderr.contains("save"), "the refusal should point at `galley save`: \(submit.stderr)")
        expectUnchanged(before, try room.snapshot(), "submit over an uncommitted edit")
        #expect(try Data(contentsOf: url) == Data(edited.utf8), "the edit was not kept byte for byte")

        // another person's step on the same article is refused the same way
        let spike = try room.galley(["spike", id, "-m", "Bỏ"], as: Newsroom.editor)
        #expect(spike.status == 3, "\(spike)")
        expectUnchanged(before, try room.snapshot(), "spike over an uncommitted edit")

        let oldHead = try room.head()
        let save = try room.ok(["save", id], as: Newsroom.reporter)
        #expect(try room.gitOut(["rev-parse", "HEAD^"]) == oldHead)
        #expect(try room.committedFile(path).hasSuffix("Đoạn hai, gõ thẳng vào tệp.\n"), "the edit is not in HEAD")
        #expect(try room.gitOut(["status", "--porcelain"]).isEmpty)
        #expect(try room.trailers() == [
            "Galley-Article: \(id)", "Galley-Transition: revise", "Galley-From: draft", "Galley-To: draft",
            "Galley-Actor: \(Newsroom.reporter)", "Galley-Role: author",
        ])
        #expect(try room.gitOut(["log", "-1", "--format=%an|%ae"]) == "Thanh Phú|phu@example.vn")
        _ = save

        let head = try room.head()
        let again = try room.ok(["save", id], as: Newsroom.reporter)
        #expect((again.stdout + again.stderr).contains("no change"), "\(again)")
        #expect(try room.head() == head, "a no-op save made a commit")
        let againJSON = try room.galley(["save", id, "--format", "json"], as: Newsroom.reporter)
        #expect(againJSON.status == 0, "\(againJSON)")
        #expect(try room.head() == head, "a no-op save --format json made a commit")

        // now the step goes through
        try room.steps(id, [("submit", Newsroom.reporter)])
        #expect(try room.state(id) == "submitted")
    }

    @Test("save --body-file does not overwrite an uncommitted work-tree edit")
    func bodyFileOverDirtyCopy() throws {
        let room = try Newsroom()
        let id = try room.newArticle("Bài hai nguồn")
        let url = room.workTreeURL(try room.articlePath(id))
        let edited = try String(contentsOf: url, encoding: .utf8) + "Sửa tay chưa lưu.\n"
        try Data(edited.utf8).write(to: url)
        let body = try room.writeScratch("khac.md", "Thân bài từ tệp khác.\n")

        let before = try room.snapshot()
        let result = try room.galley(["save", id, "--body-file", body], as: Newsroom.reporter)
        #expect(result.status == 3, "\(result)")
        expectUnchanged(before, try room.snapshot(), "save --body-file over a dirty copy")
        #expect(try Data(contentsOf: url) == Data(edited.utf8))
    }

    @Test("a step on one article leaves other uncommitted and staged changes alone")
    func otherChangesSurvive() throws {
        let room = try Newsroom()
        let dirty = try room.newArticle("Bài đang viết dở")
        let other = try room.newArticle("Bài nộp ngay")
        let dirtyURL = room.workTreeURL(try room.articlePath(dirty))
        let dirtyText = try String(contentsOf: dirtyURL, encoding: .utf8) + "Câu chưa lưu.\n"
        try Data(dirtyText.utf8).write(to: dirtyURL)
        let readme = room.repo.appendingPathComponent("README.md")
        let readmeText = try String(contentsOf: readme, encoding: .utf8) + "\nGhi chú đã stage.\n"
        try Data(readmeText.utf8).write(to: readme)
        #expect(try room.git(["add", "README.md"]).status == 0)
        try Data("nháp riêng\n".utf8).write(to: room.repo.appendingPathComponent("rieng.txt"))

        try room.steps(other, [("submit", Newsroom.reporter), ("approve", Newsroom.editor)])

        #expect(try Data(contentsOf: dirtyURL) == Data(dirtyText.utf8), "the other article's edit was overwritten")
        #expect(try Data(contentsOf: readme) == Data(readmeText.utf8))
        let status = try room.gitOut(["status", "--porcelain"])
        let lines = Set(status.split(separator: "\n").map(String.init))
        let dirtyPath = try room.articlePath(dirty)
        #expect(lines == ["M  README.md", " M \(dirtyPath)", "?? rieng.txt"], "git status:\n\(status)")
    }

    @Test("a deactivated author's save is refused for being deactivated")
    func deactivatedAuthorSave() throws {
        let room = try Newsroom()
        let id = try room.newArticle("Bài của người đã nghỉ")
        try room.ok(["people", "deactivate", Newsroom.reporter], as: Newsroom.admin)
        let body = try room.writeScratch("nghi.md", "Sửa sau khi nghỉ.\n")
        let before = try room.snapshot()
        let result = try room.galley(["save", id, "--body-file", body], as: Newsroom.reporter)
        expectUnchanged(before, try room.snapshot(), "save by a deactivated author")
        #expect(result.status == 3, "\(result)")
        // The refusal names the real reason: the author is deactivated.
        #expect(result.stderr.contains("deactivated"),
                "the refusal should say the author is deactivated, not that only the author may edit: \(result.stderr)")
    }
}

/// Galley updates git's index itself for a one-file step (GitKit's index fast path): git must
/// trust every entry it writes, and an edit made right after a step must still be seen.
@Suite("Git's index after work-tree steps")
struct WorkTreeIndexTests {
    @Test("after every step of a day, git sees a clean tree without refreshing its index")
    func gitTrustsTheIndexAfterEachStep() throws {
        let room = try Newsroom()
        let id = try room.newArticle("Bài chỉ mục", body: "Đoạn một.\n")
        for (step, person) in [("submit", Newsroom.reporter), ("approve", Newsroom.editor), ("approve", Newsroom.chief), ("publish", Newsroom.chief)] {
            _ = try room.ok([step, id], as: person)
            // diff-files does not refresh the index: a wrong stat entry would be listed here.
            #expect(try room.gitOut(["diff-files"]).isEmpty, "after \(step)")
            #expect(try room.gitOut(["status", "--porcelain"]).isEmpty, "after \(step)")
            #expect(try room.gitOut(["diff-index", "--cached", "HEAD"]).isEmpty, "after \(step)")
        }
        #expect(try room.gitOut(["ls-files", "-s", try room.articlePath(id)]).contains(try room.gitOut(["rev-parse", "HEAD:\(try room.articlePath(id))"])))
    }

    @Test("an edit of the same size made right after a step is not taken for clean")
    func sameSizeEditRightAfterAStep() throws {
        let room = try Newsroom()
        let id = try room.newArticle("Bài sửa nhanh", body: "Đoạn một.\n")
        let url = room.workTreeURL(try room.articlePath(id))
        let text = try String(contentsOf: url, encoding: .utf8)
        let edited = text.replacingOccurrences(of: "Đoạn một.", with: "Đoạn mốt.")
        #expect(edited.utf8.count == text.utf8.count && edited != text)
        try Data(edited.utf8).write(to: url)
        let before = try room.snapshot()
        let submit = try room.galley(["submit", id], as: Newsroom.reporter)
        #expect(submit.status == 3, "\(submit)")
        expectUnchanged(before, try room.snapshot(), "submit over a same-size edit")
        #expect(try Data(contentsOf: url) == Data(edited.utf8))
    }
}
