/// `SyncMessage` in both languages (see `Catalog`).
extension Catalog {
    static func english(_ message: SyncMessage) -> String {
        switch message {
        case .synced(let central, let sent, let received, let keptAside):
            var parts = ["sent \(sent) step\(sent == 1 ? "" : "s")", "received \(received)"]
            if keptAside > 0 { parts.append("kept \(keptAside) aside") }
            return "synced with \(central): " + parts.joined(separator: ", ")
        case .keptAside(let step, let actor, let reason, let reference):
            return "your step \"\(step)\"\(actor.map { " (by \($0))" } ?? "") could not be applied: \(reason). Nothing is lost: it is kept as \(reference)."
        case .conflictAdvice(let article):
            return "what to do: `galley conflicts` lists kept steps; `galley conflicts show \(article)` shows your text merged into the current one; "
                + "`galley conflicts resolve \(article)` applies it again as a new step (or retries the step if it is still allowed); "
                + "`galley conflicts drop \(article)` forgets it."
        case .noCentral(let conflicts):
            return "no central repository (this newsroom was not cloned with galley clone); \(conflicts) kept step\(conflicts == 1 ? "" : "s")"
        case .central(let url, let branch):
            return "central: \(url) (\(branch))"
        case .waiting(let count):
            return "\(count) local step\(count == 1 ? "" : "s") waiting to be synced"
        case .incoming(let count, let lastFetch):
            let when = lastFetch.map { "as of the last sync, \($0.iso8601)" } ?? "never fetched"
            return count == 0
                ? "no news from the central repository (\(when))"
                : "the central repository has \(count) new step\(count == 1 ? "" : "s") (\(when)): run galley sync"
        case .conflictsToResolve(let count):
            return "\(count) kept step\(count == 1 ? "" : "s") to resolve: galley conflicts"
        case .verifiedClean(let commits):
            return "ok: \(commits) commits follow the rules in force at their time"
        case .verifiedViolations(let violations, let commits):
            return "\(violations) violation(s) in \(commits) commits"
        case .pushRefused(let problems):
            return "push refused: \(problems) problem(s); nothing was changed on the central repository"
        case .hookInstalled(let path):
            return "installed \(path)"
        case .cloned(let url, let place, let branch):
            return "cloned \(url) into \(place) (\(branch))"
        case .conflictRecorded(let article, let step, let commit, let reference):
            return "\(article): \(step) recorded as \(commit); \(reference) dropped. Run galley sync to send it."
        case .conflictNothingToApply(let article, let reference):
            return "\(article): nothing to apply (the text is already there); \(reference) dropped"
        case .conflictDropped(let reference, let subject, let commit):
            return "dropped \(reference) (\(subject), commit \(commit))"
        case .centralUnreachable(let url, let detail):
            return "could not reach the central repository \(url): \(detail) (offline? your steps stay here; sync again later)"
        case .centralHasNoBranch(let url, let branch):
            return "the central repository \(url) has no branch \(branch)"
        case .pushFailed(let url, let detail):
            return "could not push to \(url): \(detail) (offline? your steps stay here; sync again later)"
        case .centralNotOpened(let path, let detail):
            return "could not open the central repository \(path): \(detail)"
        case .centralBranchNotMoved(let detail):
            return "moving the central branch: \(detail)"
        case .cloneFailed(let url, let detail):
            return "could not clone \(url): \(detail)"
        case .clonedNotNewsroom(let url, let path, let detail):
            return "cloned \(url) into \(path), but it is not a Galley newsroom: \(detail)"
        case .noSharedHistory:
            return "this clone and the central repository share no history: clone the central repository again"
        case .indexLockedDuringSync(let gitDirectory):
            return "git's index is locked (\(gitDirectory)/index.lock): another git command is running; sync again in a moment"
        case .branchMovedDuringSync(let branch):
            return "\(branch) moved while galley was syncing (a plain git command?): run galley sync again"
        }
    }

    static func vietnamese(_ message: SyncMessage) -> String {
        switch message {
        case .synced(let central, let sent, let received, let keptAside):
            var parts = ["đã gửi \(sent) bước", "đã nhận \(received)"]
            if keptAside > 0 { parts.append("giữ lại \(keptAside)") }
            return "Đã đồng bộ với \(central): " + parts.joined(separator: ", ")
        case .keptAside(let step, let actor, let reason, let reference):
            return "Bước \"\(step)\" của bạn\(actor.map { " (do \($0))" } ?? "") không áp dụng được: \(reason). Không mất gì: bước được giữ tại \(reference)."
        case .conflictAdvice(let article):
            return "Cách xử lý: `galley conflicts` liệt kê các bước được giữ lại; `galley conflicts show \(article)` cho xem bài của bạn ghép vào bản hiện tại; "
                + "`galley conflicts resolve \(article)` ghi lại thành một bước mới (hoặc thử lại bước đó nếu vẫn được phép); "
                + "`galley conflicts drop \(article)` bỏ nó đi."
        case .noCentral(let conflicts):
            return "Không có kho trung tâm (tòa soạn này không được tạo bằng galley clone); \(conflicts) bước được giữ lại"
        case .central(let url, let branch):
            return "Kho trung tâm: \(url) (\(branch))"
        case .waiting(let count):
            return "\(count) bước ở máy này chờ đồng bộ"
        case .incoming(let count, let lastFetch):
            let when = lastFetch.map { "theo lần đồng bộ gần nhất, \(time($0, in: .vi))" } ?? "chưa lấy về lần nào"
            return count == 0
                ? "Kho trung tâm không có gì mới (\(when))"
                : "Kho trung tâm có \(count) bước mới (\(when)): hãy chạy galley sync"
        case .conflictsToResolve(let count):
            return "\(count) bước được giữ lại cần xử lý: galley conflicts"
        case .verifiedClean(let commits):
            return "Hợp lệ: \(commits) commit đều theo đúng quy định có hiệu lực vào thời điểm của chúng"
        case .verifiedViolations(let violations, let commits):
            return "\(violations) vi phạm trong \(commits) commit"
        case .pushRefused(let problems):
            return "Từ chối lần đẩy lên: \(problems) vấn đề; kho trung tâm không thay đổi gì"
        case .hookInstalled(let path):
            return "Đã cài \(path)"
        case .cloned(let url, let place, let branch):
            return "Đã sao chép \(url) về \(place) (\(branch))"
        case .conflictRecorded(let article, let step, let commit, let reference):
            return "\(article): đã ghi lại \(step) thành \(commit); đã bỏ \(reference). Hãy chạy galley sync để gửi đi."
        case .conflictNothingToApply(let article, let reference):
            return "\(article): không có gì để áp dụng (nội dung đã có sẵn); đã bỏ \(reference)"
        case .conflictDropped(let reference, let subject, let commit):
            return "Đã bỏ \(reference) (\(subject), commit \(commit))"
        case .centralUnreachable(let url, let detail):
            return "Không kết nối được kho trung tâm \(url): \(detail) (mất mạng? các bước của bạn vẫn được giữ ở đây; hãy đồng bộ lại sau)"
        case .centralHasNoBranch(let url, let branch):
            return "Kho trung tâm \(url) không có nhánh \(branch)"
        case .pushFailed(let url, let detail):
            return "Không gửi được lên \(url): \(detail) (mất mạng? các bước của bạn vẫn được giữ ở đây; hãy đồng bộ lại sau)"
        case .centralNotOpened(let path, let detail):
            return "Không mở được kho trung tâm \(path): \(detail)"
        case .centralBranchNotMoved(let detail):
            return "Không chuyển được nhánh của kho trung tâm: \(detail)"
        case .cloneFailed(let url, let detail):
            return "Không sao chép được \(url): \(detail)"
        case .clonedNotNewsroom(let url, let path, let detail):
            return "Đã sao chép \(url) vào \(path), nhưng đó không phải là một tòa soạn Galley: \(detail)"
        case .noSharedHistory:
            return "Bản sao này và kho trung tâm không có lịch sử chung: hãy sao chép lại kho trung tâm"
        case .indexLockedDuringSync(let gitDirectory):
            return "Chỉ mục của git đang bị khóa (\(gitDirectory)/index.lock): có lệnh git khác đang chạy; hãy đồng bộ lại sau giây lát"
        case .branchMovedDuringSync(let branch):
            return "Nhánh \(branch) vừa thay đổi trong lúc galley đang đồng bộ (có lệnh git khác chạy cùng lúc?): hãy chạy lại galley sync"
        }
    }
}
