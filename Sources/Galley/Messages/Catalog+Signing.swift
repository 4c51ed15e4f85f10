/// `SigningMessage` in both languages (see `Catalog`).
extension Catalog {
    static func english(_ message: SigningMessage) -> String {
        switch message {
        case .publicKey(let problem):
            return english(problem)
        case .publicKeyFile(let path, let problem):
            return "\(path): \(english(problem))"
        case .noPrivateKeyForInit(let fingerprint, let privateHalf):
            let example = privateHalf.map { " (e.g. GALLEY_SIGNING_KEY=\($0))" } ?? ""
            return "--admin-key makes a signed newsroom whose first commit is signed with \(fingerprint), but no private signing key is configured: "
                + "set GALLEY_SIGNING_KEY to its private key file\(example), or run git config --global galley.signingKey PATH. Nothing was created"
        case .initKeyMismatch(let adminKey, let signingKey, let origin):
            return "the signing key \(signingKey) (from \(origin)) is not the admin's key \(adminKey) given with --admin-key: "
                + "point GALLEY_SIGNING_KEY or git config galley.signingKey at the private half of the admin's key. Nothing was created"
        case .signedNewsroom(let admin, let fingerprint):
            return "Signed newsroom (signing: required): every step must be signed by its actor's key; \(admin) signs with \(fingerprint)."
        }
    }

    static func vietnamese(_ message: SigningMessage) -> String {
        switch message {
        case .publicKey(let problem):
            return vietnamese(problem)
        case .publicKeyFile(let path, let problem):
            return "\(path): \(vietnamese(problem))"
        case .noPrivateKeyForInit(let fingerprint, let privateHalf):
            let example = privateHalf.map { " (ví dụ GALLEY_SIGNING_KEY=\($0))" } ?? ""
            return "--admin-key tạo một tòa soạn có chữ ký, commit đầu tiên được ký bằng \(fingerprint), nhưng chưa cấu hình khóa ký bí mật nào: "
                + "hãy đặt GALLEY_SIGNING_KEY là tệp khóa bí mật của nó\(example), hoặc chạy git config --global galley.signingKey ĐƯỜNG_DẪN. Chưa tạo gì cả"
        case .initKeyMismatch(let adminKey, let signingKey, let origin):
            return "Khóa ký \(signingKey) (từ \(origin)) không phải khóa \(adminKey) của quản trị viên đưa qua --admin-key: "
                + "hãy trỏ GALLEY_SIGNING_KEY hoặc git config galley.signingKey tới nửa bí mật của khóa quản trị viên. Chưa tạo gì cả"
        case .signedNewsroom(let admin, let fingerprint):
            return "Tòa soạn có chữ ký (signing: required): mọi bước phải được ký bằng khóa của người thực hiện; \(admin) ký bằng \(fingerprint)."
        }
    }

    private static func english(_ problem: SigningMessage.KeyProblem) -> String {
        switch problem {
        case .unreadable: "cannot read the public key file: no such readable file"
        case .privateKey: "this is a private key: give the public half (the .pub file); a private key never goes into the repository"
        case .notAKey: "not an SSH public key (expected 'ssh-ed25519 AAAA…', as in a .pub file)"
        case .unsupportedType(let type): "\(type) keys are not supported: use an ed25519 key (ssh-keygen -t ed25519)"
        case .damaged: "the ed25519 public key is damaged (its base64 does not decode to a key)"
        }
    }

    private static func vietnamese(_ problem: SigningMessage.KeyProblem) -> String {
        switch problem {
        case .unreadable: "không đọc được tệp khóa công khai: không có tệp đó hoặc không có quyền đọc"
        case .privateKey: "đây là khóa bí mật: hãy đưa nửa công khai (tệp .pub); khóa bí mật không bao giờ được đưa vào kho"
        case .notAKey: "không phải khóa công khai SSH (cần dạng 'ssh-ed25519 AAAA…', như trong tệp .pub)"
        case .unsupportedType(let type): "không hỗ trợ khóa \(type): hãy dùng khóa ed25519 (ssh-keygen -t ed25519)"
        case .damaged: "khóa công khai ed25519 bị hỏng (phần base64 không giải mã thành khóa)"
        }
    }
}
