import Foundation
import GitKit
import Testing

/// A commit written by GitKit must be byte-for-byte what git expects.
@Suite struct CommitRoundTripTests {
    static let message = """
    approve: Kiểm tra việc thực hiện “năm dân vận chính quyền 2019” (submitted → edited)

    Galley-Article: kiem-tra-viec-thuc-hien
    Galley-Transition: approve

    """

    /// GitKit writes a message byte for byte, as git does: a decomposed (NFD) message stays NFD.
    /// Storing notes NFC (DESIGN §5) is Galley's job before it builds the message; the NFD → NFC
    /// path through a real step is checked in GalleyCLITests' StoredTextNFCTests.
    @Test func messageBytesAreStoredAsGiven() throws {
        let nfd = Self.message.decomposedStringWithCanonicalMapping
        #expect(nfd.utf8.count > Self.message.utf8.count, "the fixture must decompose")
        let scratch = try Scratch()
        let path = scratch.path("r.git")
        let repository = try Repository.create(at: path, bare: true, initialBranch: "main")
        let tree = try repository.updatedTree(from: nil, applying: [.upsert(path: "a.md", blob: try repository.writeBlob(Data("a\n".utf8)))])
        let id = try repository.createCommit(tree: tree, parents: [], author: fixedSignature, committer: fixedSignature, message: nfd)
        try repository.updateReference("refs/heads/main", to: id, expecting: nil, logMessage: "nfd")

        let raw = try scratch.gitData(["cat-file", "-p", "main"], in: path).output
        let headerEnd = try #require(raw.range(of: Data("\n\n".utf8)))
        #expect(Data(raw[headerEnd.upperBound...]) == Data(nfd.utf8))
        #expect(try repository.commit(id).message.utf8.elementsEqual(nfd.utf8))
    }

    @Test(arguments: [420, -150, 0])
    func commitWrittenByGitKitIsReadByGit(offsetMinutes: Int) throws {
        let scratch = try Scratch()
        let path = scratch.path("central.git")
        let repository = try Repository.create(at: path, bare: true, initialBranch: "main")
        let content = Data("# Kiểm tra\n\nNội dung bài viết – đầy đủ.\n".utf8)
        let blob = try repository.writeBlob(content)
        let tree = try repository.updatedTree(from: nil, applying: [.upsert(path: "articles/2019/kiem-tra.md", blob: blob)])
        let author = Signature(name: "Nguyễn Thị Hoa", email: "hoa@example.vn",
                               time: Date(timeIntervalSince1970: 1_572_000_000), offsetMinutes: offsetMinutes)
        let committer = Signature(name: "Trần Văn Bình", email: "binh@example.vn",
                                  time: Date(timeIntervalSince1970: 1_572_000_123), offsetMinutes: offsetMinutes)
        let id = try repository.createCommit(tree: tree, parents: [], author: author, committer: committer,
                                             message: Self.message)
        try repository.updateReference("refs/heads/main", to: id, expecting: nil, logMessage: "approve")

        let sign = offsetMinutes < 0 ? "-" : "+"
        let zone = sign + String(format: "%02d%02d", abs(offsetMinutes) / 60, abs(offsetMinutes) % 60)
        let raw = try scratch.gitData(["cat-file", "-p", "main"], in: path).output
        let expected = """
        tree \(tree.hex)
        author Nguyễn Thị Hoa <hoa@example.vn> 1572000000 \(zone)
        committer Trần Văn Bình <binh@example.vn> 1572000123 \(zone)

        """ + "\n" + Self.message
        #expect(String(decoding: raw, as: UTF8.self) == expected)
        #expect(try scratch.git("rev-parse", "main", in: path) == id.hex)
        #expect(try scratch.git("log", "-1", "--format=%(trailers:key=Galley-Transition,valueonly)", "main", in: path)
                == "approve")
        #expect(try scratch.gitData(["fsck", "--strict", "--no-dangling"], in: path).status == 0)
        #expect(try scratch.gitData(["show", "main:articles/2019/kiem-tra.md"], in: path).output == content)

        let read = try repository.commit(id)
        #expect(read.id == id && read.tree == tree && read.parents.isEmpty)
        #expect(read.author == author && read.committer == committer)
        #expect(read.message == Self.message)
        #expect(try repository.fileData(at: "articles/2019/kiem-tra.md", inCommit: id) == content)
    }

    @Test func trailersMatchGit() throws {
        let trailers = try Trailers.parse(Self.message)
        #expect(trailers == [Trailer(key: "Galley-Article", value: "kiem-tra-viec-thuc-hien"),
                             Trailer(key: "Galley-Transition", value: "approve")])
        #expect(try Trailers.parse("just a subject\n\nand a body: that is prose, not a trailer block.\n").isEmpty)
    }

    @Test func secondCommitRecordsItsParent() throws {
        let scratch = try Scratch()
        let path = scratch.path("r.git")
        let repository = try Repository.create(at: path, bare: true, initialBranch: "main")
        let first = try repository.commitFiles(["a.md": "1\n"])
        let second = try repository.commitFiles(["a.md": "2\n"])
        #expect(try repository.commit(second).parents == [first])
        #expect(try scratch.git("rev-parse", "main^", in: path) == first.hex)
        #expect(try scratch.gitData(["fsck", "--strict"], in: path).status == 0)
    }

    /// `isSigned` looks at the header only: a message that mentions gpgsig is not a signature.
    @Test func isSignedReadsTheHeaderField() throws {
        let scratch = try Scratch()
        let repository = try Repository.create(at: scratch.path("r.git"), bare: true, initialBranch: "main")
        let tree = try repository.updatedTree(from: nil, applying: [.upsert(path: "a.md", blob: try repository.writeBlob(Data("a\n".utf8)))])
        let person = Signature(name: "Hoa", email: "hoa@example.vn", time: Date(timeIntervalSince1970: 1_572_000_000), offsetMinutes: 420)
        let tricky = "subject\n\ngpgsig not a header\n"
        let plain = try repository.createCommit(tree: tree, parents: [], author: person, committer: person, message: tricky)
        #expect(try repository.commit(plain).isSigned == false)
        #expect(try repository.commitSignature(plain) == nil)

        let content = try repository.commitContent(tree: tree, parents: [plain], author: person, committer: person, message: tricky)
        let armor = "-----BEGIN SSH SIGNATURE-----\nU1NIU0lH\n-----END SSH SIGNATURE-----"
        let signed = try repository.createSignedCommit(content: content, signature: armor)
        #expect(try repository.commit(signed).isSigned)
        let extracted = try #require(try repository.commitSignature(signed))
        #expect(String(decoding: extracted.signature, as: UTF8.self) == armor)
        #expect(extracted.signedData == content)
    }
}
