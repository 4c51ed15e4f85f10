import Foundation
import GitKit
import TestSupport
import Testing

/// The flock-based write lock, in a file whose name the caller chooses.
@Suite struct RepositoryLockTests {
    /// Not Galley's name: GitKit takes whatever name its caller gives.
    static let lockName = "writer.lock"

    @Test(arguments: ["", "a/b.lock", "..", ".", "../outside.lock"])
    func aLockFileNameThatIsNotOnePlainNameIsRefused(name: String) throws {
        let scratch = try Scratch()
        let repository = try Repository.create(at: scratch.path("r.git"), bare: true, initialBranch: "main")
        let error = #expect(throws: GitError.self) { try repository.acquireWriteLock(fileName: name, timeout: .milliseconds(50)) }
        #expect(error?.code == .invalid)
        #expect(!FileManager.default.fileExists(atPath: scratch.path("outside.lock")))
    }

    @Test func theLockFileIsTheNameGiven() throws {
        let scratch = try Scratch()
        let repository = try Repository.create(at: scratch.path("r.git"), bare: true, initialBranch: "main")
        let lock = try repository.acquireWriteLock(fileName: "other.lock", timeout: .seconds(1))
        defer { lock.release() }
        #expect(FileManager.default.fileExists(atPath: repository.gitDirectory + "/other.lock"))
        #expect(!FileManager.default.fileExists(atPath: repository.gitDirectory + "/" + Self.lockName))
        // A different name is a different lock.
        let second = try repository.acquireWriteLock(fileName: Self.lockName, timeout: .milliseconds(50))
        second.release()
    }

    @Test func secondAcquireTimesOutWithLocked() throws {
        let scratch = try Scratch()
        let repository = try Repository.create(at: scratch.path("r.git"), bare: true, initialBranch: "main")
        let first = try repository.acquireWriteLock(fileName: Self.lockName, timeout: .seconds(1))
        let contents = try String(contentsOfFile: repository.gitDirectory + "/" + Self.lockName, encoding: .utf8)
        #expect(contents == "pid \(ProcessInfo.processInfo.processIdentifier) writing\n")

        // A separate open file description conflicts even within one process.
        let error = #expect(throws: GitError.self) { try repository.acquireWriteLock(fileName: Self.lockName, timeout: .milliseconds(50)) }
        #expect(error?.code == .locked)
        #expect(error?.message.contains("held the write lock") == true)

        first.release()
        first.release() // idempotent
        #expect(try String(contentsOfFile: repository.gitDirectory + "/" + Self.lockName, encoding: .utf8) == "")
        let second = try repository.acquireWriteLock(fileName: Self.lockName, timeout: .milliseconds(50))
        #expect(second.clearedStaleLockFiles.isEmpty)
        second.release()
    }

    @Test func anotherProcessHoldingTheLockBlocksUs() throws {
        let scratch = try Scratch()
        let repository = try Repository.create(at: scratch.path("r.git"), bare: true, initialBranch: "main")
        let lockPath = repository.gitDirectory + "/" + Self.lockName
        let log = URL(fileURLWithPath: scratch.path("holder.log"))
        // The shell takes the flock on fd 9 and then becomes `sleep`, so terminating it drops the lock.
        let holder = try RunningProgram(URL(fileURLWithPath: "/bin/sh"),
                                        ["-c", "exec 9>>\"$0\"; flock -x 9; echo held; exec sleep 30", lockPath], output: .log(log))
        defer { holder.stop() }
        // Wait until the child reports it holds the lock.
        var said = ""
        for _ in 0..<1000 where said.isEmpty && holder.isRunning {
            usleep(10_000)
            said = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        }
        #expect(said == "held\n")

        let error = #expect(throws: GitError.self) { try repository.acquireWriteLock(fileName: Self.lockName, timeout: .milliseconds(100)) }
        #expect(error?.code == .locked)
        #expect(error?.message.hasSuffix("for more than 0.1 s") == true)

        // The kernel drops the flock when its holder dies.
        holder.stop()
        let lock = try repository.acquireWriteLock(fileName: Self.lockName, timeout: .seconds(10))
        lock.release()
    }

    @Test func lockIsReleasedByDeinit() throws {
        let scratch = try Scratch()
        let repository = try Repository.create(at: scratch.path("r.git"), bare: true, initialBranch: "main")
        do {
            let lock = try repository.acquireWriteLock(fileName: Self.lockName, timeout: .seconds(1))
            #expect(lock.clearedStaleLockFiles.isEmpty)
        }
        let again = try repository.acquireWriteLock(fileName: Self.lockName, timeout: .milliseconds(50))
        again.release()
    }

    @Test func staleWritingMarkerClearsLeftoverLibgit2Locks() throws {
        let scratch = try Scratch()
        let repository = try Repository.create(at: scratch.path("r.git"), bare: true, initialBranch: "main")
        try repository.commitFiles(["a.md": "a\n"])
        let gitDir = repository.gitDirectory
        try "pid 999999 writing\n".write(toFile: gitDir + "/" + Self.lockName, atomically: false, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: gitDir + "/refs/heads/feature", withIntermediateDirectories: true)
        for name in ["refs/heads/main.lock", "refs/heads/feature/x.lock", "index.lock", "HEAD.lock"] {
            try Data().write(to: URL(fileURLWithPath: gitDir + "/" + name))
        }
        let lock = try repository.acquireWriteLock(fileName: Self.lockName, timeout: .seconds(1))
        #expect(lock.clearedStaleLockFiles
                == ["HEAD.lock", "index.lock", "refs/heads/feature/x.lock", "refs/heads/main.lock"])
        #expect(!FileManager.default.fileExists(atPath: gitDir + "/refs/heads/main.lock"))
        // The ref is writable again.
        try repository.commitFiles(["b.md": "b\n"])
        lock.release()
    }

    @Test func cleanMarkerLeavesLockFilesAlone() throws {
        let scratch = try Scratch()
        let repository = try Repository.create(at: scratch.path("r.git"), bare: true, initialBranch: "main")
        let gitDir = repository.gitDirectory
        try Data().write(to: URL(fileURLWithPath: gitDir + "/refs/heads/main.lock"))
        let lock = try repository.acquireWriteLock(fileName: Self.lockName, timeout: .seconds(1))
        #expect(lock.clearedStaleLockFiles.isEmpty)
        #expect(FileManager.default.fileExists(atPath: gitDir + "/refs/heads/main.lock"))
        lock.release()
    }
}
