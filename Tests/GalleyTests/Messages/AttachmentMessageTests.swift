import Galley
import Testing

/// Issue 12's attachment sentences: every case in both languages, the Vietnamese in NFC.
@Suite("Attachment messages")
struct AttachmentMessageTests {
    static let samples: [AttachmentMessage] = [
        .unsupportedType(name: "anh.jpg", accepted: ["JPEG", "PNG", "WebP", "GIF", "PDF"]),
        .tooLarge(name: "anh.jpg", bytes: 22_020_096, limitBytes: 20_971_520),
        .badName(given: "../anh.jpg"),
        .empty(name: "anh.jpg"),
        .exists(article: "cau-dong-lac", name: "anh.jpg"),
        .noSuchAttachment(article: "cau-dong-lac", name: "anh.jpg", names: ["cau.jpg"]),
        .badDescription(what: "caption", reason: "the caption must be a single line"),
        .unreadable(path: "anh.jpg", reason: "no such file"),
        .badLimit(given: "abc", maximum: 500),
        .resourcesByHand(path: "articles/2026/12/01/cau-dong-lac/index.md", article: "cau-dong-lac"),
        .attached(article: "cau-dong-lac", name: "anh.jpg", bytes: 512_000),
        .detached(article: "cau-dong-lac", name: "anh.jpg"),
    ]

    static func name(of message: AttachmentMessage) -> String {
        switch message {
        case .unsupportedType: "unsupportedType"
        case .tooLarge: "tooLarge"
        case .badName: "badName"
        case .empty: "empty"
        case .exists: "exists"
        case .noSuchAttachment: "noSuchAttachment"
        case .badDescription: "badDescription"
        case .unreadable: "unreadable"
        case .badLimit: "badLimit"
        case .resourcesByHand: "resourcesByHand"
        case .attached: "attached"
        case .detached: "detached"
        }
    }

    @Test func everyCaseHasASample() {
        #expect(Set(Self.samples.map(Self.name)).count == 12)
    }

    @Test("rendered in both languages, differently, the Vietnamese in NFC", arguments: samples)
    func bothLanguages(_ fact: AttachmentMessage) {
        let message = Message.attachment(fact)
        let vietnamese = Catalog.render(message, in: .vi)
        let english = Catalog.render(message, in: .en)
        #expect(!vietnamese.isEmpty && !english.isEmpty && vietnamese != english)
        #expect(vietnamese == vietnamese.precomposedStringWithCanonicalMapping, "not NFC: \(vietnamese)")
        #expect(!vietnamese.contains("\n") && !english.contains("\n"))
    }

    @Test("sizes read as a person reads them")
    func sizes() {
        #expect(Catalog.fileSize(512_000) == "500 KB")
        #expect(Catalog.fileSize(2_621_440) == "2.5 MB")
        #expect(Catalog.render(.attachment(.tooLarge(name: "a.jpg", bytes: 22_020_096, limitBytes: 20_971_520)), in: .en).contains("21.0 MB"))
    }
}
