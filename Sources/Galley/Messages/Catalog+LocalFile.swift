/// `LocalFileMessage` in both languages (see `Catalog`). The English keeps the sentences scripts
/// and tests already read.
extension Catalog {
    static func english(_ message: LocalFileMessage) -> String {
        switch message {
        case .editorNotStarted(let editor, let detail):
            return "cannot start the editor '\(editor)': \(detail) (set EDITOR)"
        case .editorFailed(let editor, let status):
            let hint = status == 127 ? " (the shell cannot find it: set EDITOR)" : ""
            return "the editor '\(editor)' exited with status \(status)\(hint); nothing was committed"
        case .editedTextKept(let path):
            return "your edited text is kept in \(path)"
        case .fileNotWritten(let path, let detail):
            return "cannot write \(path): \(detail)"
        case .folderNotCreated(let path, let detail):
            return "cannot create \(path): \(detail)"
        case .fileNotRead(let path):
            return "cannot read \(path)"
        case .malformedPasswordLine(let path):
            return "\(path) holds a line that is not id:scrypt$…: repair or remove it"
        case .malformedDeskKeyLine(let path):
            return "\(path) holds a line that is not 'id ssh-ed25519 KEY scrypt-chachapoly$…': repair or remove it"
        case .passwordParametersOutOfRange(let costLog2, let blockSize, let parallelism):
            return "a stored password uses scrypt parameters out of range (N=2^\(costLog2), r=\(blockSize), p=\(parallelism))"
        case .lockNotOpened(let path, let detail):
            return "cannot open \(path): \(detail)"
        case .lockNotTaken(let path, let detail):
            return "cannot lock \(path): \(detail)"
        case .writeLockFailed(let central, let detail):
            let whose = central.map { "the central repository's write lock (\($0))" } ?? "the repository's write lock"
            return "could not take \(whose): \(detail)"
        case .indexNotCreated(let path, let detail):
            return "cannot create the index \(path): \(detail)"
        case .indexNotUpdated(let path, let detail):
            return "updating the index \(path): \(detail)"
        case .indexNotRead(let path, let detail):
            return "reading the index \(path): \(detail)"
        case .hookDirectoryNotUsable(let path, let detail):
            return "cannot use the hook's article directory \(path): \(detail)"
        case .hookDirectoryNotRead(let detail):
            return "cannot read the hook's article directory: \(detail)"
        case .repositoryNotCreated(let path, let detail):
            return "could not create a repository at \(path): \(detail)"
        case .repositoryNotOpenedFromEnvironment(let detail):
            return "cannot open the repository from git's environment: \(detail)"
        case .binaryNotLocated:
            return "cannot tell where the galley binary is"
        }
    }

    static func vietnamese(_ message: LocalFileMessage) -> String {
        switch message {
        case .editorNotStarted(let editor, let detail):
            return "Không mở được trình soạn thảo '\(editor)': \(detail) (hãy đặt biến EDITOR)"
        case .editorFailed(let editor, let status):
            let hint = status == 127 ? " (hệ thống không tìm thấy trình soạn thảo này: hãy đặt biến EDITOR)" : ""
            return "Trình soạn thảo '\(editor)' kết thúc với mã lỗi \(status)\(hint); chưa lưu gì cả"
        case .editedTextKept(let path):
            return "Văn bản bạn đã sửa vẫn được giữ trong \(path)"
        case .fileNotWritten(let path, let detail):
            return "Không ghi được tệp \(path): \(detail)"
        case .folderNotCreated(let path, let detail):
            return "Không tạo được thư mục \(path): \(detail)"
        case .fileNotRead(let path):
            return "Không đọc được tệp \(path)"
        case .malformedPasswordLine(let path):
            return "Tệp \(path) có một dòng không đúng dạng id:scrypt$…: hãy sửa hoặc xóa dòng đó"
        case .malformedDeskKeyLine(let path):
            return "Tệp \(path) có một dòng không đúng dạng 'id ssh-ed25519 KHÓA scrypt-chachapoly$…': hãy sửa hoặc xóa dòng đó"
        case .passwordParametersOutOfRange(let costLog2, let blockSize, let parallelism):
            return "Một mật khẩu đã lưu dùng tham số scrypt ngoài giới hạn cho phép (N=2^\(costLog2), r=\(blockSize), p=\(parallelism)): tệp mật khẩu có thể đã bị sửa tay"
        case .lockNotOpened(let path, let detail):
            return "Không mở được tệp khóa \(path): \(detail)"
        case .lockNotTaken(let path, let detail):
            return "Không khóa được \(path): \(detail)"
        case .writeLockFailed(let central, let detail):
            let whose = central.map { "khóa ghi của kho trung tâm (\($0))" } ?? "khóa ghi của kho"
            return "Không lấy được \(whose): \(detail)"
        case .indexNotCreated(let path, let detail):
            return "Không tạo được tệp chỉ mục bài viết \(path): \(detail)"
        case .indexNotUpdated(let path, let detail):
            return "Không cập nhật được tệp chỉ mục bài viết \(path): \(detail)"
        case .indexNotRead(let path, let detail):
            return "Không đọc được tệp chỉ mục bài viết \(path): \(detail)"
        case .hookDirectoryNotUsable(let path, let detail):
            return "Không dùng được danh mục bài viết của hook \(path): \(detail)"
        case .hookDirectoryNotRead(let detail):
            return "Không đọc được danh mục bài viết của hook: \(detail)"
        case .repositoryNotCreated(let path, let detail):
            return "Không tạo được kho git tại \(path): \(detail)"
        case .repositoryNotOpenedFromEnvironment(let detail):
            return "Không mở được kho git theo biến môi trường của git: \(detail)"
        case .binaryNotLocated:
            return "Không xác định được vị trí tệp chạy galley"
        }
    }
}
