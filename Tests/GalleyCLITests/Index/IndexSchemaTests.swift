import Foundation
import Testing

/// Schema 9 added `articles_kept` (10: the token counts search ranks by), the partial index a queue reads its assigned articles along
/// (issue 15). An index file of the version before, or one of this version whose named index was
/// renamed under it, must be rebuilt, never read as it is: the queue then still leads with what
/// is assigned.
@Suite("index schema 9")
struct IndexSchemaTests {
    static let indexFile = "galley-index.sqlite"
    static let keptIndex = Data("articles_kept".utf8)

    /// The chief's and the editor's cut queues, which lead with their assigned articles.
    static func answers(_ room: Newsroom) throws -> [String] {
        try [Newsroom.chief, Newsroom.editor].map { person in
            try room.ok(["queue", "--all", "--limit", "2", "--format", "json"], as: person).stdout
        }
    }

    static func occurrences(of needle: Data, in data: Data) -> [Range<Data.Index>] {
        var found: [Range<Data.Index>] = []
        var start = data.startIndex
        while let range = data.range(of: needle, in: start..<data.endIndex) {
            found.append(range)
            start = range.upperBound
        }
        return found
    }

    @Test func anIndexOfTheVersionBeforeIsRebuilt() throws {
        let room = try LimitedListingTests.room()
        let before = try Self.answers(room)
        #expect(before.allSatisfy { $0.contains("\"assignee\"") }, "\(before)")
        let file = room.gitDir.appendingPathComponent(Self.indexFile)
        var bytes = try Data(contentsOf: file)
        let current = Array(bytes[60..<64])
        #expect(current == [0, 0, 0, 10], "\(current)")
        bytes.replaceSubrange(60..<64, with: [0, 0, 0, 9])
        try bytes.write(to: file)
        #expect(try Self.answers(room) == before)
        #expect(Array(try Data(contentsOf: file)[60..<64]) == current, "the index is at version 10 again")
    }

    /// The index renamed in place (same length, so SQLite still reads the schema): a hostile or
    /// damaged cache that would make every queue fail with "no such index" if it were trusted.
    @Test func anIndexWhoseNamedIndexIsGoneIsRebuilt() throws {
        let room = try LimitedListingTests.room()
        let before = try Self.answers(room)
        let file = room.gitDir.appendingPathComponent(Self.indexFile)
        var bytes = try Data(contentsOf: file)
        let places = Self.occurrences(of: Self.keptIndex, in: bytes)
        #expect(places.count >= 2, "its name and its SQL: \(places)")
        for place in places { bytes.replaceSubrange(place, with: Data("articles_gone".utf8)) }
        try bytes.write(to: file)
        #expect(Self.occurrences(of: Self.keptIndex, in: try Data(contentsOf: file)).isEmpty)
        #expect(try Self.answers(room) == before)
        #expect(!Self.occurrences(of: Self.keptIndex, in: try Data(contentsOf: file)).isEmpty, "rebuilt with the index")
    }
}
