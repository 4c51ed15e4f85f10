import Galley

/// Reads an SSH public key file given on the command line (`-`: standard input).
enum PublicKeyFile {
    static func read(_ path: String) throws(GalleyError) -> SSHPublicKey {
        guard path == "-" else { return try SSHPublicKey.read(file: path) }
        return try SSHPublicKey.parse(fileText: try Terminal.readText(path, what: .publicKey), path: path)
    }
}
