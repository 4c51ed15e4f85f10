/// `RepositoryMessage` in both languages (see `Catalog`). The English keeps the sentences scripts
/// and tests already read.
extension Catalog {
    static func english(_ message: RepositoryMessage) -> String {
        switch message {
        case .pathMissing(let path, let commit):
            return "\(path) is missing at commit \(commit): the newsroom is damaged; restore it with git"
        case .corruptArticle(let commit, let cause):
            return "corrupt article\(commit.map { " at \($0)" } ?? ""): \(cause.text(in: .en))"
        case .rulesDoNotLoad(let commit, let cause):
            return "the rules in force at \(commit) do not load: \(cause.text(in: .en))"
        case .rulesFileMissing(let path):
            return "\(path) is missing"
        case .centralRefusesSteps(let commit, let reason):
            return "the central repository refuses the steps: \(commit) \(render(reason, in: .en)); nothing was lost, your steps stay here"
        case .noFreeArticleID(let base):
            return "no free article id for \"\(base)\" after 10000 attempts"
        case .gitFailed(let doing, let detail):
            return "\(doing): \(detail)"
        }
    }

    static func vietnamese(_ message: RepositoryMessage) -> String {
        switch message {
        case .pathMissing(let path, let commit):
            return "Thiếu tệp \(path) ở commit \(commit): kho của tòa soạn đã bị hỏng; hãy khôi phục tệp đó bằng git"
        case .corruptArticle(let commit, let cause):
            return "Bài viết bị hỏng\(commit.map { " ở commit \($0)" } ?? ""): \(cause.text(in: .vi))"
        case .rulesDoNotLoad(let commit, let cause):
            return "Không nạp được bộ quy tắc có hiệu lực ở commit \(commit): \(cause.text(in: .vi))"
        case .rulesFileMissing(let path):
            return "Thiếu tệp \(path)"
        case .centralRefusesSteps(let commit, let reason):
            return "Kho trung tâm từ chối các bước: \(commit) \(render(reason, in: .vi)); không mất gì cả, các bước của bạn vẫn còn ở đây"
        case .noFreeArticleID(let base):
            return "Không còn mã bài viết trống cho \"\(base)\" sau 10000 lần thử"
        case .gitFailed(let doing, let detail):
            return "Lỗi git (\(doing)): \(detail)"
        }
    }
}
