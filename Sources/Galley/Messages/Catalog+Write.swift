/// `WriteMessage` in both languages (see `Catalog`). The English keeps the sentences scripts
/// and tests already read.
extension Catalog {
    static func english(_ message: WriteMessage) -> String {
        switch message {
        case .branchMoved(let branch):
            return "\(branch) moved while galley was writing (a plain git command?); nothing was recorded: run the command again"
        case .branchLocked(let branch, let detail):
            return "\(branch) is locked by another git process (\(detail)); nothing was recorded: try again in a moment"
        case .branchNotMoved(let branch, let detail):
            return "moving \(branch): \(detail)"
        case .indexLocked(let gitDirectory):
            return "git's index is locked (\(gitDirectory)/index.lock): another git command is running, or one died; if none is running, delete that file. Nothing was recorded"
        case .indexNotUpdatedUndone(let detail):
            return "could not update git's index (\(detail)); the step was not recorded, and the new text is in the work tree as uncommitted changes"
        case .indexNotUpdated(let commit, let detail, let paths):
            return "the step is recorded as \(commit) but git's index could not be updated (\(detail)): run `git reset -- \(paths.joined(separator: " "))`"
        }
    }

    static func vietnamese(_ message: WriteMessage) -> String {
        switch message {
        case .branchMoved(let branch):
            return "Nhánh \(branch) vừa thay đổi trong lúc galley đang ghi (có lệnh git khác chạy cùng lúc?); chưa có gì được ghi: hãy chạy lại lệnh"
        case .branchLocked(let branch, let detail):
            return "Nhánh \(branch) đang bị một tiến trình git khác khóa (\(detail)); chưa có gì được ghi: vui lòng thử lại sau giây lát"
        case .branchNotMoved(let branch, let detail):
            return "Không chuyển được nhánh \(branch): \(detail)"
        case .indexLocked(let gitDirectory):
            return "Chỉ mục của git đang bị khóa (\(gitDirectory)/index.lock): có lệnh git khác đang chạy, hoặc đã dừng giữa chừng; nếu không còn lệnh nào chạy, hãy xóa tệp đó. Chưa có gì được ghi"
        case .indexNotUpdatedUndone(let detail):
            return "Không cập nhật được chỉ mục của git (\(detail)); bước này chưa được ghi, văn bản mới vẫn nằm trong thư mục làm việc dưới dạng thay đổi chưa lưu"
        case .indexNotUpdated(let commit, let detail, let paths):
            return "Bước này đã được ghi thành \(commit) nhưng không cập nhật được chỉ mục của git (\(detail)): hãy chạy `git reset -- \(paths.joined(separator: " "))`"
        }
    }
}
