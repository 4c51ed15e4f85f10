import Testing

@testable import Galley

/// A JSON listing is written in pieces as it is made (issue 15): whatever the piece size, the
/// pieces put together are exactly the rendered value, and an array made item by item is
/// exactly the array made whole.
@Suite("JSON written in pieces")
struct JSONStreamTests {
    static let article = JSONValue.object([
        ("id", .string("bai-1")), ("title", .string("Cầu \"Đồng Lạc\"\n\u{1B}[2J 🗞️")), ("tags", .array([.string("thời sự"), .string("giao thông")])),
        ("corrections", .array([.object([("note", .string("sửa")), ("at", .null)])])), ("extra", .object([])), ("count", .number(-1)),
        ("draft", .bool(false)),
    ])

    @Test(arguments: [1, 7, 100, 1 << 16])
    func piecesPutTogetherAreTheRenderedValue(piece: Int) {
        let listing = JSONValue.array(Array(repeating: Self.article, count: 50))
        for pretty in [true, false] {
            var pieces: [[UInt8]] = []
            listing.writeUTF8(pretty: pretty, piece: piece) { pieces.append($0) }
            #expect(pieces.flatMap { $0 } == Array(listing.rendered(pretty: pretty).utf8))
            // No piece is empty, and none but the last is much smaller than asked.
            #expect(!pieces.contains { $0.isEmpty })
            #expect(pieces.dropLast().allSatisfy { $0.count >= piece })
        }
    }

    @Test(arguments: [0, 1, 2, 300])
    func anArrayMadeItemByItemIsTheArrayMadeWhole(count: Int) {
        var made = 0
        let items = (0..<count).lazy.map { number -> JSONValue in
            made += 1
            return .object([("n", .number(number)), ("article", Self.article)])
        }
        for pretty in [true, false] {
            var streamed: [UInt8] = []
            JSONValue.writeUTF8Array(items, pretty: pretty, piece: 64) { streamed += $0 }
            let whole = JSONValue.array(Array(items))
            #expect(streamed == Array(whole.rendered(pretty: pretty).utf8))
        }
        #expect(made == 4 * count)
    }
}
