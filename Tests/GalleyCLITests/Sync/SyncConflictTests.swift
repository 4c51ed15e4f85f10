import Foundation
import Testing

/// Local steps that are no longer legal on the central tip are kept, never
/// dropped (exit 5), and text edits merge by paragraph.
@Suite("Sync: conflicts")
struct SyncConflictTests {
    @Test("two editors approve the same article on two clones: the second is kept aside and told who was first")
    func doubleApproval() throws {
        let setup = try SyncedNewsroom()
        let reporter = try setup.clone("pv.git"), first = try setup.clone("bt1.git"), second = try setup.clone("bt2.git")
        let id = try setup.newArticle(reporter, "Bài hai người duyệt", body: "Nội dung.\n")
        try setup.ok(reporter, ["submit", id], as: Newsroom.reporter)
        try setup.sync(reporter)
        try setup.sync(first)
        try setup.sync(second)
        try setup.ok(first, ["approve", id], as: Newsroom.editor)
        try setup.ok(second, ["approve", id], as: SyncedNewsroom.secondEditor.id)
        try setup.sync(first)
        let kept = try setup.run(second, ["sync"])
        #expect(kept.status == 5, "\(kept)")
        #expect(kept.stderr.contains(Newsroom.editor) && kept.stderr.contains("refs/galley/conflicts/\(id)/1"), "\(kept.stderr)")
        #expect(kept.stderr.contains("galley conflicts"), "no advice: \(kept.stderr)")
        let listed = try jsonArray(try setup.ok(second, ["conflicts", "list", "--format", "json"]))
        #expect(listed.count == 1 && string(listed[0], "actor") == SyncedNewsroom.secondEditor.id)
        // The kept step is the original commit, readable with plain git.
        #expect(try setup.central.git(["-C", second.path, "cat-file", "-e", "refs/galley/conflicts/\(id)/1"]).status == 0)
        // Retrying is refused (the article is no longer submitted); dropping clears it.
        #expect(try setup.run(second, ["conflicts", "resolve", id], as: SyncedNewsroom.secondEditor.id).status == 3)
        try setup.ok(second, ["conflicts", "drop", id])
        #expect(try jsonArray(try setup.ok(second, ["conflicts", "list", "--format", "json"])).isEmpty)
        try setup.expectConverged([reporter, first, second])
        #expect(try setup.state(second, id) == "edited")
    }

    @Test("two reporters create the same id offline: the second create is kept aside, never a second article")
    func sameIDCreatedTwice() throws {
        let setup = try SyncedNewsroom()
        let first = try setup.clone("pv1.git"), second = try setup.clone("pv2.git")
        let one = try setup.newArticle(first, "Bài trùng tên", body: "Của người thứ nhất.\n")
        let two = try setup.newArticle(second, "Bài trùng tên", body: "Của người thứ hai.\n")
        #expect(one == two, "the same title gives the same id on two clones")
        try setup.sync(first)
        let kept = try setup.run(second, ["sync"])
        #expect(kept.status == 5, "\(kept)")
        #expect(kept.stderr.contains("refs/galley/conflicts/\(two)/1"), "\(kept.stderr)")
        #expect(try setup.body(first, one) == "Của người thứ nhất.\n")
        let verdict = try setup.run(second, ["verify"])
        #expect(verdict.status == 0, "the kept step never reached the branch: \(verdict)")
    }

    @Test("edits to different paragraphs on two clones merge; nothing kept aside")
    func paragraphMerge() throws {
        let setup = try SyncedNewsroom()
        let reporter = try setup.clone("pv.git"), first = try setup.clone("bt1.git"), second = try setup.clone("bt2.git")
        let id = try setup.newArticle(reporter, "Bài sửa hai nơi", body: "Đoạn một.\n\nĐoạn hai.\n\nĐoạn ba.\n")
        try setup.ok(reporter, ["submit", id], as: Newsroom.reporter)
        for clone in [reporter, first, second] { try setup.sync(clone) }
        #expect(try setup.save(first, id, body: "Đoạn một, biên tập lại.\n\nĐoạn hai.\n\nĐoạn ba.\n", as: Newsroom.editor).status == 0)
        #expect(try setup.save(second, id, body: "Đoạn một.\n\nĐoạn hai.\n\nĐoạn ba, thêm chi tiết.\n", as: SyncedNewsroom.secondEditor.id).status == 0)
        try setup.sync(first)
        try setup.sync(second)
        try setup.expectConverged([reporter, first, second])
        #expect(try setup.body(reporter, id) == "Đoạn một, biên tập lại.\n\nĐoạn hai.\n\nĐoạn ba, thêm chi tiết.\n")
    }

    @Test("overlapping edits: both versions kept for the person to choose, then resolved with their choice")
    func overlappingEdits() throws {
        let setup = try SyncedNewsroom()
        let reporter = try setup.clone("pv.git"), first = try setup.clone("bt1.git"), second = try setup.clone("bt2.git")
        let id = try setup.newArticle(reporter, "Bài sửa chồng", body: "Mở đầu.\n\nThân bài.\n")
        try setup.ok(reporter, ["submit", id], as: Newsroom.reporter)
        for clone in [reporter, first, second] { try setup.sync(clone) }
        #expect(try setup.save(first, id, body: "Mở đầu của Ngọc.\n\nThân bài.\n", as: Newsroom.editor).status == 0)
        #expect(try setup.save(second, id, body: "Mở đầu của Hai.\n\nThân bài.\n", as: SyncedNewsroom.secondEditor.id).status == 0)
        try setup.sync(first)
        let kept = try setup.run(second, ["sync"])
        #expect(kept.status == 5 && kept.stderr.contains("same passage"), "\(kept)")
        let shown = try setup.ok(second, ["conflicts", "show", id]).stdout
        #expect(shown.contains("Mở đầu của Ngọc.") && shown.contains("Mở đầu của Hai.") && shown.contains("<<<<<<<"), "\(shown)")
        let refused = try setup.run(second, ["conflicts", "resolve", id], as: SyncedNewsroom.secondEditor.id)
        #expect(refused.status == 3 && refused.stderr.contains("--body-file"), "\(refused)")
        let chosen = try setup.central.writeScratch("chon.md", "Mở đầu của Ngọc và Hai.\n\nThân bài.\n")
        try setup.ok(second, ["conflicts", "resolve", id, "--body-file", chosen], as: SyncedNewsroom.secondEditor.id)
        try setup.expectConverged([reporter, first, second])
        #expect(try setup.body(first, id) == "Mở đầu của Ngọc và Hai.\n\nThân bài.\n")
    }

    /// The advice `sync` gives: `conflicts show ID > bai.md`, choose between the markers, then
    /// `conflicts resolve ID --body-file bai.md` — the whole article given back, whose body is the text
    /// (a --body-file elsewhere takes the body alone).
    @Test("resolve takes back the whole article conflicts show printed, its body as the text")
    func resolveWithTheShownArticle() throws {
        let setup = try SyncedNewsroom()
        let reporter = try setup.clone("pv.git"), first = try setup.clone("bt1.git"), second = try setup.clone("bt2.git")
        let id = try setup.newArticle(reporter, "Bài sửa chồng", body: "Mở đầu.\n\nThân bài.\n")
        try setup.ok(reporter, ["submit", id], as: Newsroom.reporter)
        for clone in [reporter, first, second] { try setup.sync(clone) }
        #expect(try setup.save(first, id, body: "Mở đầu của Ngọc.\n\nThân bài.\n", as: Newsroom.editor).status == 0)
        #expect(try setup.save(second, id, body: "Mở đầu của Hai.\n\nThân bài.\n", as: SyncedNewsroom.secondEditor.id).status == 0)
        try setup.sync(first)
        #expect(try setup.run(second, ["sync"]).status == 5)
        let shown = try setup.ok(second, ["conflicts", "show", id]).stdout
        #expect(shown.hasPrefix("---\n"), "conflicts show prints the whole article: \(shown)")
        // The person keeps one version: everything from the first marker to the last becomes their choice.
        let start = try #require(shown.range(of: "<<<<<<<"))
        let end = try #require(shown.range(of: ">>>>>>>", options: .backwards))
        let lineEnd = shown[end.upperBound...].firstIndex(of: "\n") ?? shown.endIndex
        let chosen = shown.replacingCharacters(in: start.lowerBound..<lineEnd, with: "Mở đầu của Ngọc và Hai.")
        let file = try setup.central.writeScratch("bai.md", chosen)
        try setup.ok(second, ["conflicts", "resolve", id, "--body-file", file], as: SyncedNewsroom.secondEditor.id)
        try setup.expectConverged([reporter, first, second])
        #expect(try setup.body(first, id) == "Mở đầu của Ngọc và Hai.\n\nThân bài.\n")
    }

    @Test("a reporter edits a draft offline that was meanwhile submitted, edited and sent back: kept, then merged in")
    func reporterEditsStaleDraft() throws {
        let setup = try SyncedNewsroom()
        let desk = try setup.clone("pv-toasoan", workTree: true), laptop = try setup.clone("pv-maytinh.git"), editor = try setup.clone("bt.git")
        let id = try setup.newArticle(desk, "Bài viết trên hai máy", body: "Đoạn một.\n\nĐoạn hai.\n\nĐoạn ba.\n")
        try setup.sync(desk)
        try setup.sync(laptop)
        // From the desk the reporter submits; the editor rewrites paragraph three and sends it back.
        try setup.ok(desk, ["submit", id], as: Newsroom.reporter)
        try setup.sync(desk)
        try setup.sync(editor)
        #expect(try setup.save(editor, id, body: "Đoạn một.\n\nĐoạn hai.\n\nĐoạn ba, biên tập viên viết lại.\n", as: Newsroom.editor).status == 0)
        try setup.ok(editor, ["reject", id, "-m", "Thêm nguồn"], as: Newsroom.editor)
        try setup.sync(editor)
        // Meanwhile, offline, the laptop still has the draft: the reporter rewrites paragraph one.
        #expect(try setup.save(laptop, id, body: "Đoạn một, phóng viên viết lại.\n\nĐoạn hai.\n\nĐoạn ba.\n", as: Newsroom.reporter).status == 0)
        let kept = try setup.run(laptop, ["sync"])
        #expect(kept.status == 5, "\(kept)")
        #expect(kept.stderr.contains("reject") && kept.stderr.contains(Newsroom.editor), "not told what happened: \(kept.stderr)")
        #expect(try setup.state(laptop, id) == "returned")
        // Nothing lost: the kept text merges with the editor's, and the reporter may edit a returned article.
        let shown = try setup.ok(laptop, ["conflicts", "show", id]).stdout
        #expect(shown.contains("phóng viên viết lại") && shown.contains("biên tập viên viết lại") && !shown.contains("<<<<<<<"), "\(shown)")
        try setup.ok(laptop, ["conflicts", "resolve", id], as: Newsroom.reporter)
        try setup.expectConverged([desk, laptop, editor])
        #expect(try setup.body(desk, id) == "Đoạn một, phóng viên viết lại.\n\nĐoạn hai.\n\nĐoạn ba, biên tập viên viết lại.\n")
        #expect(try setup.state(desk, id) == "returned")
    }
}
