/// `SignerMessage` in both languages (see `Catalog`). The English keeps the sentences scripts and
/// tests already read.
extension Catalog {
    static func english(_ message: SignerMessage) -> String {
        switch message {
        case .signingKeyUnreadable(let path, let origin):
            return "the signing key \(path) (from \(origin)) cannot be read: fix the path, or unset it to write unsigned commits"
        case .signingKeyLiteralUnusable(let origin, let cause):
            return "signing key from \(origin): \(cause.text(in: .en))"
        case .signingKeyFileUnusable(let path, let cause):
            return "signing key \(path): \(cause.text(in: .en))"
        case .pemKey(let path):
            return "\(path) is a PEM private key, not an OpenSSH ed25519 key: make one with ssh-keygen -t ed25519"
        case .truncatedKey(let path):
            return "\(path): the private key file is truncated"
        case .keyNotBase64(let path):
            return "\(path): the private key is not valid base64"
        case .notOpenSSHKey(let path):
            return "\(path) is not a readable OpenSSH private key"
        case .notEd25519Key(let path):
            return "\(path) is not an ed25519 key: Galley signs with ed25519 keys only (ssh-keygen -t ed25519)"
        case .halvesDoNotMatch(let path):
            return "\(path): the private key does not match its public half (damaged file?)"
        case .keyFileUnreadable(let path):
            return "the key file \(path) cannot be read"
        case .notUnencryptedKey(let path):
            return "\(path) is not an unencrypted OpenSSH ed25519 private key"
        case .temporaryPublicKeyNotWritten:
            return "could not write a temporary public key file for ssh-keygen"
        case .temporaryFileNotWritten:
            return "could not write a temporary file for ssh-keygen"
        case .temporaryFileNotRead(let detail):
            return "could not read the temporary file for ssh-keygen: \(detail)"
        case .sshKeygenNotRun(let detail):
            return "could not run ssh-keygen to sign: \(detail)"
        case .sshKeygenFailed(let keyPath, let reason, let status):
            return "ssh-keygen could not sign with \(keyPath): \(reason ?? "exit \(status)")"
        case .signatureNotValid(let fingerprint):
            return "ssh-keygen returned a signature that is not valid for \(fingerprint)"
        case .signatureNotSSH:
            return "the signature is not an SSH signature (an OpenPGP or X.509 signature cannot be checked here)"
        case .signatureNotBase64:
            return "the SSH signature is not valid base64"
        case .signatureMalformed:
            return "the SSH signature is malformed"
        case .signatureKeyNotEd25519:
            return "the signature's key is not ed25519 (Galley checks ed25519 signatures only)"
        case .signatureValueMalformed:
            return "the SSH signature's ed25519 value is malformed"
        }
    }

    static func vietnamese(_ message: SignerMessage) -> String {
        switch message {
        case .signingKeyUnreadable(let path, let origin):
            return "Không đọc được khóa ký \(path) (từ \(origin)): hãy sửa lại đường dẫn, hoặc bỏ thiết lập đó để ghi commit không ký"
        case .signingKeyLiteralUnusable(let origin, let cause):
            return "Khóa ký từ \(origin): \(cause.text(in: .vi))"
        case .signingKeyFileUnusable(let path, let cause):
            return "Khóa ký \(path): \(cause.text(in: .vi))"
        case .pemKey(let path):
            return "\(path) là khóa bí mật dạng PEM, không phải khóa OpenSSH ed25519: hãy tạo khóa bằng ssh-keygen -t ed25519"
        case .truncatedKey(let path):
            return "\(path): tệp khóa bí mật bị cắt cụt, không đầy đủ"
        case .keyNotBase64(let path):
            return "\(path): khóa bí mật không phải base64 hợp lệ"
        case .notOpenSSHKey(let path):
            return "\(path) không phải khóa bí mật OpenSSH đọc được"
        case .notEd25519Key(let path):
            return "\(path) không phải khóa ed25519: Galley chỉ ký bằng khóa ed25519 (ssh-keygen -t ed25519)"
        case .halvesDoNotMatch(let path):
            return "\(path): khóa bí mật không khớp với nửa công khai của nó (tệp bị hỏng?)"
        case .keyFileUnreadable(let path):
            return "Không đọc được tệp khóa \(path)"
        case .notUnencryptedKey(let path):
            return "\(path) không phải khóa bí mật OpenSSH ed25519 không mã hóa"
        case .temporaryPublicKeyNotWritten:
            return "Không ghi được tệp khóa công khai tạm thời cho ssh-keygen"
        case .temporaryFileNotWritten:
            return "Không ghi được tệp tạm thời cho ssh-keygen"
        case .temporaryFileNotRead(let detail):
            return "Không đọc được tệp tạm thời cho ssh-keygen: \(detail)"
        case .sshKeygenNotRun(let detail):
            return "Không chạy được ssh-keygen để ký: \(detail)"
        case .sshKeygenFailed(let keyPath, let reason, let status):
            return "ssh-keygen không ký được bằng \(keyPath): \(reason ?? "mã thoát \(status)")"
        case .signatureNotValid(let fingerprint):
            return "ssh-keygen trả về một chữ ký không hợp lệ với khóa \(fingerprint)"
        case .signatureNotSSH:
            return "Chữ ký này không phải chữ ký SSH (ở đây không kiểm tra được chữ ký OpenPGP hay X.509)"
        case .signatureNotBase64:
            return "Chữ ký SSH không phải base64 hợp lệ"
        case .signatureMalformed:
            return "Chữ ký SSH bị sai cấu trúc"
        case .signatureKeyNotEd25519:
            return "Khóa của chữ ký không phải ed25519 (Galley chỉ kiểm tra chữ ký ed25519)"
        case .signatureValueMalformed:
            return "Giá trị ed25519 của chữ ký SSH bị sai cấu trúc"
        }
    }
}
