import Foundation

/// git's own credential machinery (`git credential fill|approve|reject`), so a person who
/// has logged in with git is logged in through GitKit too, with whatever `credential.helper`
/// names (a keyring, `store`, `cache`, a forge's manager), and git asks on the terminal
/// when no helper knows the password.
struct GitCredentialHelper {
    struct Credential: Equatable {
        var url: String
        var username: String
        var password: String
    }

    /// What went wrong asking git, in words for the person.
    struct Failure: Error {
        var reason: String
    }

    let environment: [String: String]

    /// A user name and password for `url` (its user name, when it names one, is kept).
    func fill(url: String, username: String?) throws(Failure) -> Credential {
        // One `key=value` a line: a line break in a value (a user name `x%0Ahost=elsewhere` that
        // libgit2 decoded from the URL) would add lines, and the helpers would hand over another
        // server's password for this one (git refuses the same since CVE-2020-5260).
        for (what, value) in [("URL", url), ("user name", username ?? "")] where value.unicodeScalars.contains(where: { "\n\r\0".unicodeScalars.contains($0) }) {
            throw Failure(reason: "the \(what) of the remote holds a line break, which would let git's credential helpers answer for another server: correct the remote's URL")
        }
        var input = "url=\(url)\n"
        if let username, !username.isEmpty { input += "username=\(username)\n" }
        let output = try run("fill", input + "\n")
        var fields: [String: String] = [:]
        for line in output.split(separator: "\n") {
            guard let equals = line.firstIndex(of: "=") else { continue }
            fields[String(line[..<equals])] = String(line[line.index(after: equals)...])
        }
        guard let user = fields["username"], let password = fields["password"] else {
            throw Failure(reason: "git credential fill gave no user name and password")
        }
        return Credential(url: url, username: user, password: password)
    }

    /// Tells the helpers the credential worked (they may store it).
    func approve(_ credential: Credential) { _ = try? run("approve", describe(credential)) }

    /// Tells the helpers the server refused it (they forget it, so the next attempt asks again).
    func reject(_ credential: Credential) { _ = try? run("reject", describe(credential)) }

    private func describe(_ credential: Credential) -> String {
        "url=\(credential.url)\nusername=\(credential.username)\npassword=\(credential.password)\n\n"
    }

    /// Runs `git credential ACTION` with `input` on stdin; git prompts on the terminal itself.
    private func run(_ action: String, _ input: String) throws(Failure) -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "credential", action]
        process.environment = environment
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        do {
            try process.run()
        } catch {
            throw Failure(reason: "could not run git credential (\(error)): install git")
        }
        // A few short lines each way: they fit in the pipes' buffers.
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try? stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let errors = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let text = String(decoding: errors, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw Failure(reason: text.isEmpty ? "git credential \(action) exited \(process.terminationStatus)" : text)
        }
        return String(decoding: output, as: UTF8.self)
    }
}
