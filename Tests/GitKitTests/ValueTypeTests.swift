import Foundation
import GitKit
import Testing

/// ObjectID parsing and GitError matching.
@Suite struct ValueTypeTests {
    @Test func objectIDParsing() throws {
        let hex = "0123456789abcdef0123456789abcdef01234567"
        let id = try #require(ObjectID(hex: hex))
        #expect(id.hex == hex)
        #expect(id.description == hex)
        #expect(id.short == "0123456")
        #expect(ObjectID(hex: hex.uppercased()) == id)
        #expect(ObjectID(hex: String(hex.dropLast())) == nil)
        #expect(ObjectID(hex: hex + "0") == nil)
        #expect(ObjectID(hex: String(hex.dropLast()) + "g") == nil)
        let larger = try #require(ObjectID(hex: "0123456789abcdef0123456789abcdef01234568"))
        let largest = try #require(ObjectID(hex: "f123456789abcdef0123456789abcdef01234567"))
        #expect(id < larger && larger < largest)
    }

    @Test func gitErrorMatchesItsCode() {
        let error = GitError(code: .modified, message: "tip moved", operation: "git_reference_create_matching")
        #expect(error.description == "git_reference_create_matching: tip moved")
        #expect(GitError.Code.modified ~= error)
        #expect(!(GitError.Code.locked ~= error))
        #expect(!(GitError.Code.modified ~= CocoaError(.fileNoSuchFile)))
        #expect(GitError.Code.locked.rawValue == -14 && GitError.Code.timeout.rawValue == -37)
    }
}
