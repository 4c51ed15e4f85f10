import Foundation

/// A public key file as a person names it on the command line (`people key add`,
/// `init --admin-key`): the first line that is not a comment. A private key is
/// refused by name, since it must never be committed to the shared repository.
extension SSHPublicKey {
    public static func read(file path: String) throws(GalleyError) -> SSHPublicKey {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw GalleyError(.notFound, .signing(.publicKeyFile(path: path, .unreadable)))
        }
        return try parse(fileText: String(decoding: data, as: UTF8.self), path: path)
    }

    /// The key in the text of a `.pub` file read from `path` (named in messages).
    public static func parse(fileText text: String, path: String) throws(GalleyError) -> SSHPublicKey {
        guard !text.contains("PRIVATE KEY") else {
            throw GalleyError(.invalidInput, .signing(.publicKeyFile(path: path, .privateKey)))
        }
        let line = text.split(separator: "\n").first { !$0.hasPrefix("#") && !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        do {
            return try parse(line.map(String.init) ?? "")
        } catch {
            guard case .signing(.publicKey(let problem)) = error.detail else { throw error }
            throw GalleyError(.invalidInput, .signing(.publicKeyFile(path: path, problem)))
        }
    }
}
