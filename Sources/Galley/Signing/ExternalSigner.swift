import Foundation

/// `ssh-keygen -Y sign -n git -f KEY`, the fallback signer: it reads the
/// passphrase from the terminal or asks ssh-agent, which Galley cannot do.
/// The content goes in through a temporary file, so no pipe can fill up.
enum ExternalSigner {
    static func sign(_ content: Data, keyPath: String) throws(GalleyError) -> String {
        let fileManager = FileManager.default
        let input = fileManager.temporaryDirectory.appendingPathComponent("galley-sign-\(UUID().uuidString)")
        guard fileManager.createFile(atPath: input.path, contents: content, attributes: [.posixPermissions: 0o600]) else {
            throw GalleyError(.failure, .signer(.temporaryFileNotWritten))
        }
        defer { try? fileManager.removeItem(at: input) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["ssh-keygen", "-q", "-Y", "sign", "-n", SSHSignature.namespace, "-f", keyPath]
        let output = Pipe()
        let errors = Pipe()
        do {
            process.standardInput = try FileHandle(forReadingFrom: input)
        } catch {
            throw GalleyError(.failure, .signer(.temporaryFileNotRead(detail: "\(error)")))
        }
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw GalleyError(.failure, .signer(.sshKeygenNotRun(detail: "\(error)")))
        }
        // A signature and a few lines of messages: both fit easily in the pipes' buffers.
        let signature = output.fileHandleForReading.readDataToEndOfFile()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let reason = String(decoding: message, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw GalleyError(.refused, .signer(.sshKeygenFailed(keyPath: keyPath, reason: reason.isEmpty ? nil : reason, status: process.terminationStatus)))
        }
        var text = String(decoding: signature, as: UTF8.self)
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}
