import Foundation
import GitKit
import Testing

/// `ObjectID.blob(hashing:)` must give git's blob id (`git hash-object`): verify accepts a
/// predicted step when this id equals the commit's, so a wrong hash would pass or fail steps.
@Suite struct BlobHashTests {
    @Test("git's ids of known blobs", arguments: [
        ("", "e69de29bb2d1d6434b8b29ae775ad8c2e48c5391"),
        ("hello\n", "ce013625030ba8dba906f756967f9e9ca394464a"),
    ])
    func knownBlob(_ text: String, _ hex: String) throws {
        let id = try Data(text.utf8).withUnsafeBytes { raw in try ObjectID.blob(hashing: raw) }
        #expect(id.hex == hex)
    }

    @Test("the same id as the blob written to a repository, and another for one byte more")
    func matchesWrittenBlob() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("blob-hash-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let repository = try Repository.create(at: folder.path, bare: true, initialBranch: "main")
        let bytes = Data("---\nid: bai-viet\ntitle: \"Bài viết\"\n---\n\nNội dung.\n".utf8)
        let written = try repository.writeBlob(bytes)
        #expect(try bytes.withUnsafeBytes { raw in try ObjectID.blob(hashing: raw) } == written)
        let longer = bytes + Data(" ".utf8)
        #expect(try longer.withUnsafeBytes { raw in try ObjectID.blob(hashing: raw) } != written)
    }
}
