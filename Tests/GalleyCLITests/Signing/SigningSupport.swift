import Foundation
import Testing

/// A standard newsroom whose staff each have an ed25519 key (made by ssh-keygen
/// in the scratch folder), listed in people.yaml; optionally with
/// `signing: required` turned on by the admin (a signed config commit).
struct SigningNewsroom {
    let room: Newsroom
    /// Private key path per person id.
    var keys: [String: String] = [:]

    init(required: Bool = true, bare: Bool = false) throws {
        room = try Newsroom(bare: bare)
        for person in [Newsroom.admin, Newsroom.reporter, Newsroom.editor, Newsroom.chief] {
            let path = try makeKey(person)
            try room.ok(["people", "key", "add", person, path + ".pub"], as: Newsroom.admin)
            keys[person] = path
        }
        if required {
            try galley(["config", "set", "signing", "required"], as: Newsroom.admin, expectOK: true)
        }
    }

    /// The helpers below for a newsroom made otherwise (e.g. `init --admin-key`).
    init(wrapping room: Newsroom, keys: [String: String] = [:]) {
        self.room = room
        self.keys = keys
    }

    /// A new key in the scratch folder (not listed anywhere); returns the private key's path.
    func makeKey(_ name: String) throws -> String { try makeSigningKey(name, in: room) }

    /// Runs galley as `person`, signing with `key` (default: their own; "" = no key).
    @discardableResult
    func galley(_ arguments: [String], as person: String, key: String? = nil, expectOK: Bool = false,
                sourceLocation: SourceLocation = #_sourceLocation) throws -> RunResult {
        let path = key ?? keys[person] ?? ""
        let result = try room.galley(arguments, as: person, environment: ["GALLEY_SIGNING_KEY": path.isEmpty ? nil : path])
        if expectOK {
            #expect(result.status == 0, "galley \(arguments.joined(separator: " ")) as \(person): \(result)", sourceLocation: sourceLocation)
        }
        return result
    }

    /// `new` as the reporter, signed; returns the id.
    func newArticle(_ title: String) throws -> String {
        let result = try galley(["new", title, "--body-file", try room.writeScratch("b-\(UUID().uuidString).md", "Nội dung.\n")],
                                as: Newsroom.reporter, expectOK: true)
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    // MARK: Rewriting the tip with plain git

    /// The raw commit object of `revision`.
    func rawCommit(_ revision: String = "HEAD") throws -> String {
        let result = try room.git(["cat-file", "commit", revision])
        guard result.status == 0 else { throw FixtureError("cat-file: \(result)") }
        return result.stdout
    }

    /// Replaces the branch tip with the commit object `raw` (written with `git hash-object -t commit -w`); returns its id.
    @discardableResult
    func replaceTip(with raw: String) throws -> String {
        let file = try room.writeScratch("commit-\(UUID().uuidString)", raw)
        let old = try room.head()
        let id = try room.gitOut(["hash-object", "-t", "commit", "-w", file])
        _ = try room.gitOut(["update-ref", "refs/heads/main", id, old])
        return id
    }

    /// The commit without its `gpgsig` header.
    static func strippingSignature(_ raw: String) -> String {
        var out: [Substring] = []
        var inSignature = false
        var inHeaders = true
        for line in raw.split(separator: "\n", omittingEmptySubsequences: false) {
            if inHeaders && line.isEmpty { inHeaders = false }
            if inHeaders && line.hasPrefix("gpgsig ") { inSignature = true; continue }
            if inSignature && line.hasPrefix(" ") { continue }
            inSignature = false
            out.append(line)
        }
        return out.joined(separator: "\n")
    }

    /// The commit signed again (as git would) with the private key at `keyPath`.
    func resigned(_ raw: String, with keyPath: String) throws -> String {
        let unsigned = Self.strippingSignature(raw)
        let file = try room.writeScratch("unsigned-\(UUID().uuidString)", unsigned)
        let signed = try runProgram(URL(fileURLWithPath: "/bin/sh"), ["-c", "ssh-keygen -q -Y sign -n git -f \"$0\" < \"$1\"", keyPath, file],
                                    in: room.scratch, environment: room.environment, scratch: room.scratch)
        guard signed.status == 0 else { throw FixtureError("ssh-keygen -Y sign: \(signed)") }
        let armored = signed.stdout.trimmingCharacters(in: .newlines).split(separator: "\n").joined(separator: "\n ")
        guard let headersEnd = unsigned.range(of: "\n\n") else { throw FixtureError("no message in commit") }
        return String(unsigned[..<headersEnd.lowerBound]) + "\ngpgsig " + armored + String(unsigned[headersEnd.lowerBound...])
    }

    /// The author and committer lines moved to `epoch` seconds (same offset).
    static func redated(_ raw: String, to epoch: String) -> String {
        raw.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard line.hasPrefix("author ") || line.hasPrefix("committer ") else { return String(line) }
            var parts = line.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            guard parts.count >= 2 else { return String(line) }
            parts[parts.count - 2] = epoch
            return parts.joined(separator: " ")
        }.joined(separator: "\n")
    }
}

/// A new ed25519 key made by ssh-keygen in the room's scratch folder (listed nowhere); the private key's path.
func makeSigningKey(_ name: String, in room: Newsroom) throws -> String {
    let path = room.scratch.appendingPathComponent("key-\(name)-\(UUID().uuidString.prefix(8))").path
    let made = try runProgram(URL(fileURLWithPath: "/usr/bin/env"), ["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", name, "-f", path],
                              in: room.scratch, environment: room.environment, scratch: room.scratch)
    guard made.status == 0 else { throw FixtureError("ssh-keygen: \(made)") }
    return path
}
