import Foundation
@testable import Galley
import GitKit
import Testing

/// The hook keeps the trusted tip's article folders on disk (`DirectoryCache`), so that a
/// create does not read every day folder of the archive. The cache must never change a
/// verdict: a create reusing an id that an earlier push added is refused with the cache
/// brought forward push by push, with the cache destroyed, and with it describing another
/// tree; and it only ever describes a tree the central branch held before the push.
@Suite("Central: the hook's article directory on disk")
struct HookDirectoryCacheTests {
    static func centralTree(_ scene: AttackScene) throws -> ObjectID {
        try #require(ObjectID(hex: try scene.room.gitOut(["--git-dir", scene.central.path, "rev-parse", "main^{tree}"])))
    }

    @Test func aCreateReusingAnIDFromTheLastPushIsRefusedWhateverTheCacheHolds() throws {
        let scene = try AttackScene(signed: false)
        let cacheFile = scene.central.appendingPathComponent(DirectoryCache.fileName).path
        let body = try scene.room.writeScratch("body.md", "Đoạn một.\n")

        // Push 1: a create; the cache is made, describing the central tip before the push.
        try scene.galley(["new", "Bài một", "--body-file", body], as: AttackScene.reporter)
        let treeBeforeFirst = try Self.centralTree(scene)
        #expect(try scene.push().status == 0)
        #expect(FileManager.default.fileExists(atPath: cacheFile), "the hook kept no article directory")
        // Push 2: another create; the cache moves forward by the folders push 1 added.
        let second = try scene.galley(["new", "Bài hai", "--body-file", body], as: AttackScene.reporter).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let treeBeforeSecond = try Self.centralTree(scene)
        #expect(treeBeforeSecond != treeBeforeFirst)
        #expect(try scene.push().status == 0)

        // Push 3: a create of push 2's id under another day. The cache described the tree before
        // push 2, which did not have that id; brought forward, it must have it.
        let trusted = try scene.centralTip()
        try scene.forgeCreate(reusing: second)
        let refused = try scene.push()
        #expect(refused.status != 0, "the duplicate create was accepted: \(refused)")
        #expect(refused.stderr.contains("[duplicate-id]"), "\(refused.stderr)")
        #expect(try scene.centralTip() == trusted)
        // What the file describes is the central tip's tree, never the refused push's.
        let described = try #require(try DirectoryCache(gitDirectory: scene.central.path)
            .describing(try Self.centralTree(scene), in: try Repository.open(at: scene.central.path)).tree())
        #expect(described == (try Self.centralTree(scene)))

        // The same push with the file destroyed: the hook reads the tree instead, same verdict.
        try Data("not a database at all".utf8).write(to: URL(fileURLWithPath: cacheFile))
        let again = try scene.push()
        #expect(again.status != 0 && again.stderr.contains("[duplicate-id]"), "\(again.stderr)")
        #expect(try scene.centralTip() == trusted)

        // And with the file describing an older tree than the tip (pushes it did not see).
        try FileManager.default.removeItem(atPath: cacheFile)
        _ = try DirectoryCache(gitDirectory: scene.central.path).describing(treeBeforeFirst, in: try Repository.open(at: scene.central.path))
        let stale = try scene.push()
        #expect(stale.status != 0 && stale.stderr.contains("[duplicate-id]"), "\(stale.stderr)")

        // A fresh id after all that is accepted.
        _ = try scene.room.gitOut(["reset", "-q", "--hard", trusted])
        try scene.galley(["new", "Bài bốn", "--body-file", body], as: AttackScene.reporter)
        let accepted = try scene.push()
        #expect(accepted.status == 0, "\(accepted)")
    }
}
