import Foundation
import Testing

import Galley

@Suite("ArticleID")
struct ArticleIDTests {
    @Test(
        "fold removes Vietnamese diacritics and đ",
        arguments: [
            ("đ", "d"), ("Đ", "d"), ("ư", "u"), ("Ư", "u"), ("ơ", "o"), ("Ơ", "o"), ("ă", "a"), ("â", "a"),
            ("ê", "e"), ("ô", "o"),
            ("à á ả ã ạ", "a a a a a"),  // the five tones
            ("ằ ắ ẳ ẵ ặ", "a a a a a"),  // tones stacked on a breve
            ("Đặng Trọng Thăng", "dang trong thang"),
            ("Hà Nội, 2019: “Tết”!", "ha noi, 2019: “tet”!"),  // punctuation kept
            ("Ưu tiên Ơn Ăn", "uu tien on an"),
            ("Łódź Straße Ærø", "lodz strasse aero"),
        ])
    func fold(input: String, expected: String) {
        #expect(ArticleID.fold(input) == expected)
    }

    @Test(
        "NFC and NFD spellings of a title give one id",
        arguments: [
            "Kiểm tra việc thực hiện “năm dân vận chính quyền 2019”",
            "Đặng Trọng Thăng", "Ưu tiên Ơn Ăn", "Người dân được hưởng lợi", "Ổn định sản xuất vụ đông",
        ])
    func nfcAndNFDAgree(title: String) {
        let nfc = title.precomposedStringWithCanonicalMapping
        let nfd = title.decomposedStringWithCanonicalMapping
        // Swift's == is canonical equivalence, so compare scalars to be sure the two spellings really differ.
        #expect(Array(nfc.unicodeScalars) != Array(nfd.unicodeScalars))
        #expect(Array(ArticleID.fold(nfd).unicodeScalars) == Array(ArticleID.fold(nfc).unicodeScalars))
        #expect(ArticleID.slug(from: nfd) == ArticleID.slug(from: nfc))
    }

    @Test(
        "slug examples",
        arguments: [
            ("Kiểm tra việc thực hiện “năm dân vận chính quyền 2019”", "kiem-tra-viec-thuc-hien-nam-dan-van-chinh-quyen-2019"),
            ("Kiểm tra việc thực hiện “ năm dân vận chính quyền 2019”", "kiem-tra-viec-thuc-hien-nam-dan-van-chinh-quyen-2019"),
            ("Đặng Trọng Thăng", "dang-trong-thang"),
            ("Ưu tiên Ơn Ăn", "uu-tien-on-an"),
            ("  COVID-19:  số ca mắc   mới ", "covid-19-so-ca-mac-moi"),
            ("../../etc/passwd", "etc-passwd"),
            ("../..", "bai-viet"),
            ("!!! ??? … — “”", "bai-viet"),
            ("🎉🎉🎉", "bai-viet"),
            ("", "bai-viet"),
            ("東京 2020", "2020"),
        ])
    func slug(title: String, expected: String) {
        let slug = ArticleID.slug(from: title)
        #expect(slug == expected)
        #expect(ArticleID.isValid(slug))
    }

    @Test("a very long title is cut at a word boundary within the limit")
    func longTitle() {
        let title = String(repeating: "Thủ tướng chỉ đạo khắc phục hậu quả bão ", count: 10)
        let slug = ArticleID.slug(from: title)
        #expect(slug.count <= ArticleID.maximumLength)
        #expect(slug.count > ArticleID.maximumLength - 12)
        #expect(!slug.hasSuffix("-"))
        #expect(ArticleID.isValid(slug))
        let full = ArticleID.slug(from: String(repeating: "Thủ tướng chỉ đạo khắc phục hậu quả bão ", count: 1))
        #expect(slug.hasPrefix(full))
        // Cut on a boundary: the character after the cut in the uncut slug is a hyphen.
        let uncut = Array(String(repeating: full + "-", count: 10).dropLast())
        #expect(uncut[slug.count] == "-")
    }

    @Test("a single word longer than the limit is cut hard")
    func longWord() {
        let slug = ArticleID.slug(from: String(repeating: "ă", count: 200))
        #expect(slug == String(repeating: "a", count: ArticleID.maximumLength))
    }

    @Test("a cut that lands right after a hyphen leaves no trailing hyphen")
    func cutBeforeHyphen() {
        let slug = ArticleID.slug(from: String(repeating: "a", count: 79) + " " + "bcd")
        #expect(slug == String(repeating: "a", count: 79))
    }

    @Test(
        "isValid",
        arguments: [
            ("a", true), ("kiem-tra-2019", true), ("2019", true), (String(repeating: "a", count: 84), true),
            ("", false), ("-a", false), ("a-", false), ("a--b", false), ("A", false), ("a_b", false),
            ("../x", false), ("a/b", false), ("a.b", false), ("đ", false), ("a b", false),
            (String(repeating: "a", count: 85), false),
        ])
    func isValid(id: String, expected: Bool) {
        #expect(ArticleID.isValid(id) == expected)
    }

    @Test("unique adds -2, -3 … until the id is free")
    func unique() throws {
        let taken: Set<String> = ["dang-trong-thang", "dang-trong-thang-2"]
        let id = try ArticleID.unique(from: "Đặng Trọng Thăng") { taken.contains($0) }
        #expect(id == "dang-trong-thang-3")
        let free = try ArticleID.unique(from: "Đặng Trọng Thăng") { _ in false }
        #expect(free == "dang-trong-thang")
    }

    @Test("unique keeps a long id within maximumLength + 4")
    func uniqueLong() throws {
        let title = String(repeating: "Thủ tướng chỉ đạo khắc phục hậu quả bão ", count: 10)
        let base = ArticleID.slug(from: title)
        var asked: [String] = []
        let id = try ArticleID.unique(from: title) { (candidate: String) throws(GalleyError) -> Bool in
            asked.append(candidate)
            return asked.count < 12
        }
        #expect(id == base + "-12")
        #expect(asked.allSatisfy { $0.count <= ArticleID.maximumLength + 4 && ArticleID.isValid($0) })

        let word = String(repeating: "a", count: 200)
        var tries = 0
        let long = try ArticleID.unique(from: word) { (_: String) throws(GalleyError) -> Bool in
            tries += 1
            return tries < 1500
        }
        #expect(long.hasSuffix("-1500"))
        #expect(long.count <= ArticleID.maximumLength + 4)
        #expect(ArticleID.isValid(long))
    }

    @Test("unique passes on the error of isTaken")
    func uniqueRethrows() {
        #expect(throws: GalleyError.failure("index broken")) {
            try ArticleID.unique(from: "x") { (_: String) throws(GalleyError) -> Bool in throw .failure("index broken") }
        }
    }
}
