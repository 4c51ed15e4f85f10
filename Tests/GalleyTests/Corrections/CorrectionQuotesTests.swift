import Testing

@testable import Galley

/// The passages a correction notice quotes: whole sentences around each change, one line each, bounded.
@Suite("Correction notice quotes")
struct CorrectionQuotesTests {
    @Test("a changed word quotes its sentence, not the paragraph or its neighbours")
    func sentence() {
        let (wrong, corrected) = CorrectionQuotes.passages(
            from: "Cầu thông xe chiều nay. Vốn 120 tỉ đồng. Dài 300 m.\n", to: "Cầu thông xe chiều nay. Vốn 150 tỉ đồng. Dài 300 m.\n")
        #expect(wrong == ["Vốn 120 tỉ đồng."])
        #expect(corrected == ["Vốn 150 tỉ đồng."])
    }

    @Test("changes in two paragraphs are two passages; changes in one sentence are one")
    func passages() {
        let old = "Ông A đến lúc 9 giờ, cùng bà C.\n\nTrời mưa.\n"
        let new = "Ông B đến lúc 10 giờ, cùng bà C.\n\nTrời nắng.\n"
        let (wrong, corrected) = CorrectionQuotes.passages(from: old, to: new)
        #expect(wrong == ["Ông A đến lúc 9 giờ, cùng bà C.", "Trời mưa."])
        #expect(corrected == ["Ông B đến lúc 10 giờ, cùng bà C.", "Trời nắng."])
    }

    @Test("an added and a removed sentence are quoted with the sentence beside them")
    func insertionAndDeletion() {
        let added = CorrectionQuotes.passages(from: "Một. Hai.\n", to: "Một. Hai. Ba.\n")
        #expect(added.wrong.count == 1 && added.corrected.first?.contains("Ba.") == true, "\(added)")
        let removed = CorrectionQuotes.passages(from: "Một. Hai sai. Ba.\n", to: "Một. Ba.\n")
        #expect(removed.wrong.first?.contains("Hai sai.") == true, "\(removed)")
        #expect(removed.corrected.first?.contains("Hai sai") == false, "\(removed)")
    }

    @Test("no change, no passage; a long sentence is cut at a word with an ellipsis; at most five passages")
    func bounds() {
        #expect(CorrectionQuotes.passages(from: "Như cũ.\n", to: "Như cũ.\n").wrong.isEmpty)
        let long = String(repeating: "chữ ", count: 200)
        let (wrong, corrected) = CorrectionQuotes.passages(from: "Mở \(long)cũ.\n", to: "Mở \(long)mới.\n")
        for quote in wrong + corrected {
            #expect(quote.count <= CorrectionQuotes.maximumLength && quote.hasSuffix("…"), "\(quote.count): \(quote)")
        }
        let many = (1...9).map { "Câu \($0) sai." }.joined(separator: "\n\n") + "\n"
        let fixed = (1...9).map { "Câu \($0) đúng." }.joined(separator: "\n\n") + "\n"
        let result = CorrectionQuotes.passages(from: many, to: fixed)
        #expect(result.wrong.count == CorrectionQuotes.maximumPassages && result.corrected.count == CorrectionQuotes.maximumPassages)
        #expect(result.wrong.first == "Câu 1 sai." && result.corrected.first == "Câu 1 đúng.")
    }

    @Test("a notice survives the front matter round trip, and an old correction stays without one")
    func roundTrip() throws {
        let time = Timestamp(date: .init(timeIntervalSince1970: 1_796_000_000), offsetSeconds: 25_200)
        let notice = CorrectionNotice(
            originalTitle: "Cầu \"Đồng Lạc\"", section: "Thời sự", published: time, titleWas: nil, wrong: ["a \\ b"], corrected: [""])
        var meta = ArticleMeta(id: "cau", title: "Cầu", state: "retracted", author: "thanhphu", created: time)
        meta.corrections = [Correction(time: time, actor: "tbt", note: "cũ"), Correction(time: time, actor: "tbt", note: "mới", notice: notice)]
        meta.retracted = Retraction(time: time, actor: "tbt", reason: "Sai sự thật")
        let document = ArticleDocument(meta: meta, body: "Nội dung.\n")
        let parsed = try ArticleDocument.parse(document.rendered(), path: "index.md")
        #expect(parsed == document)
        #expect(parsed.meta.corrections[0].notice == nil)
    }
}
