import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension Newsroom {
    /// `git fsck --strict` of the repository; dangling objects (a killed writer's) are allowed.
    func fsck() throws -> RunResult { try git(["fsck", "--strict", "--no-progress", "--no-dangling"]) }

    /// Runs a shell script with `$G` set to the galley binary, from the repository.
    func shell(_ script: String) throws -> RunningProgram {
        var env = environment
        env["G"] = galleyURL.path
        return try startProgram(URL(fileURLWithPath: "/bin/sh"), ["-c", script], in: repo, environment: env, scratch: scratch)
    }

    /// Staff with `count` editors named bientap1…, plus the standard staff.
    static func staffWithEditors(_ count: Int) -> [StaffMember] {
        standardStaff + (1...count).map { StaffMember(id: "bientap\($0)", name: "Biên Tập \($0)", email: "bt\($0)@example.vn", roles: ["editor"]) }
    }
}
