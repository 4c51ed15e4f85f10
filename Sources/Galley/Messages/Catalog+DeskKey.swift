/// `DeskKeyMessage` in both languages (see `Catalog`).
extension Catalog {
    static func english(_ message: DeskKeyMessage) -> String {
        switch message {
        case .noDeskKey(let person, let admins):
            return "this newsroom requires signed steps, and \(person) has no desk key open on the web desk: nothing was written. "
                + "An admin (\(admins.joined(separator: ", "))) runs `galley --as ADMIN people password \(person) --stdin --desk-key`, then \(person) signs in again"
        case .deskKeyNotActive(let person, let fingerprint, let admins):
            return "\(person)'s desk key \(fingerprint) is revoked or not listed in people.yaml: nothing was written. "
                + "If an admin has just reset the password, sign in again with the new one; otherwise an admin (\(admins.joined(separator: ", "))) runs `galley --as ADMIN people password \(person) --stdin --desk-key`, then \(person) signs in again"
        case .currentPasswordNeeded(let person, let admins):
            return "\(person)'s desk key is sealed with the current password: give it to change the password (on the desk), "
                + "or ask an admin (\(admins.joined(separator: ", "))) to reset it, which makes a new desk key. Nothing was changed"
        case .currentPasswordWrong(let person):
            return "that is not \(person)'s current password: nothing was changed"
        case .created(let person, let fingerprint):
            return "Desk key \(fingerprint) made for \(person) and added to people.yaml; its private half is sealed with the password, in the git dir."
        case .replaced(let person, let fingerprint, let old):
            return "New desk key \(fingerprint) for \(person) (the old one, \(old), cannot be opened without the old password: revoked, still listed so earlier signatures verify)."
        case .resealed(let person, let fingerprint):
            return "\(person)'s desk key \(fingerprint) is now sealed with the new password."
        }
    }

    static func vietnamese(_ message: DeskKeyMessage) -> String {
        switch message {
        case .noDeskKey(let person, let admins):
            return "Tòa soạn này yêu cầu mọi bước phải được ký, nhưng phiên làm việc của \(person) trên bàn biên tập không có khóa ký: chưa ghi gì cả. "
                + "Quản trị viên (\(admins.joined(separator: ", "))) cần chạy `galley --as ADMIN people password \(person) --stdin --desk-key`, sau đó \(person) đăng nhập lại"
        case .deskKeyNotActive(let person, let fingerprint, let admins):
            return "Khóa ký bàn biên tập \(fingerprint) của \(person) đã bị thu hồi hoặc không có trong people.yaml: chưa ghi gì cả. "
                + "Nếu quản trị viên vừa đặt lại mật khẩu, hãy đăng nhập lại bằng mật khẩu mới; nếu không, quản trị viên (\(admins.joined(separator: ", "))) cần chạy `galley --as ADMIN people password \(person) --stdin --desk-key`, sau đó \(person) đăng nhập lại"
        case .currentPasswordNeeded(let person, let admins):
            return "Khóa ký bàn biên tập của \(person) được mã hóa bằng mật khẩu hiện tại: hãy nhập mật khẩu đó để đổi mật khẩu (trên bàn biên tập), "
                + "hoặc nhờ quản trị viên (\(admins.joined(separator: ", "))) đặt lại, khi đó một khóa mới sẽ được tạo. Chưa thay đổi gì"
        case .currentPasswordWrong(let person):
            return "Đó không phải mật khẩu hiện tại của \(person): chưa thay đổi gì"
        case .created(let person, let fingerprint):
            return "Đã tạo khóa ký bàn biên tập \(fingerprint) cho \(person) và thêm vào people.yaml; nửa bí mật được mã hóa bằng mật khẩu, lưu trong thư mục git."
        case .replaced(let person, let fingerprint, let old):
            return "Đã tạo khóa ký bàn biên tập mới \(fingerprint) cho \(person) (khóa cũ \(old) không mở được nếu thiếu mật khẩu cũ: đã thu hồi, vẫn giữ trong danh sách để các chữ ký trước đây vẫn kiểm chứng được)."
        case .resealed(let person, let fingerprint):
            return "Khóa ký bàn biên tập \(fingerprint) của \(person) nay được mã hóa bằng mật khẩu mới."
        }
    }
}
