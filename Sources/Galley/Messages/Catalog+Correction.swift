/// `CorrectionMessage` in both languages (see `Catalog`). The Vietnamese notice follows the
/// wording papers print under a corrected article ("Thông tin cải chính").
extension Catalog {
    static func english(_ message: CorrectionMessage) -> String {
        switch message {
        case .onlyTitleAndBody(let article, let fields):
            return "a correction changes only the title (--title) and the body of \(article), not its \(fields.joined(separator: ", ")): "
                + "restore them in the work tree's index.md and correct again. Nothing was written"
        case .titleNeedsNotices(let article):
            return "this newsroom records corrections without notices, so a correction of \(article) cannot change its title: "
                + "an admin turns notices on with `galley config set press_law_notices true`. Nothing was written"
        case .retractionNeedsReason(let article):
            return "a retraction of \(article) needs its reason for the record: add -m \"why it is retracted\". Nothing was written"
        case .workTreeUnchanged(let article, let path):
            return "the work tree's \(path) still holds the published text of \(article): edit it, or give the new text with --body-file FILE "
                + "or a new headline with --title, then correct again. Nothing was written"
        case .notice(let notice, let time, let actor, let note, let titleNow):
            var text = "Correction (\(Catalog.time(time, in: .en)), \(actor)): the article “\(notice.originalTitle)” published on "
                + Catalog.time(notice.published, in: .en) + (notice.section.map { " in \($0)" } ?? "") + " contained an error."
            if let was = notice.titleWas { text += " The headline “\(was)” now reads “\(titleNow ?? "")”." }
            for (wrong, corrected) in zip(notice.wrong, notice.corrected) {
                text += wrong.isEmpty ? " Added: “\(corrected)”." : corrected.isEmpty ? " Removed: “\(wrong)”." : " “\(wrong)” now reads “\(corrected)”."
            }
            return text + " Note: \(note)"
        case .noted(let time, let actor, let note):
            return "Correction (\(Catalog.time(time, in: .en)), \(actor)): \(note)"
        case .retracted(let time, let actor, let reason):
            return "Retracted (\(Catalog.time(time, in: .en)), \(actor)): \(reason). The text is kept in the repository; the site no longer shows it."
        }
    }

    static func vietnamese(_ message: CorrectionMessage) -> String {
        switch message {
        case .onlyTitleAndBody(let article, let fields):
            return "Cải chính chỉ sửa tiêu đề (--title) và nội dung bài \(article), không sửa \(fields.joined(separator: ", ")): "
                + "hãy khôi phục các trường đó trong index.md ở thư mục làm việc rồi cải chính lại. Chưa ghi gì cả"
        case .titleNeedsNotices(let article):
            return "Tòa soạn này ghi cải chính không kèm thông tin cải chính, nên không thể sửa tiêu đề bài \(article): "
                + "quản trị viên bật bằng `galley config set press_law_notices true`. Chưa ghi gì cả"
        case .retractionNeedsReason(let article):
            return "Gỡ bài \(article) phải ghi rõ lý do để lưu hồ sơ: thêm -m \"lý do gỡ bài\". Chưa ghi gì cả"
        case .workTreeUnchanged(let article, let path):
            return "Tệp \(path) trong thư mục làm việc vẫn là nội dung đã đăng của bài \(article): hãy sửa tệp đó, hoặc đưa nội dung mới bằng "
                + "--body-file TỆP hay tiêu đề mới bằng --title, rồi cải chính lại. Chưa ghi gì cả"
        case .notice(let notice, let time, let actor, let note, let titleNow):
            var text = "Thông tin cải chính (\(Catalog.time(time, in: .vi)), \(actor)): bài “\(notice.originalTitle)” đăng lúc "
                + Catalog.time(notice.published, in: .vi) + (notice.section.map { " trên chuyên mục \($0)" } ?? "") + " có thông tin chưa chính xác."
            if let was = notice.titleWas { text += " Tiêu đề “\(was)” nay sửa thành “\(titleNow ?? "")”." }
            for (wrong, corrected) in zip(notice.wrong, notice.corrected) {
                text += wrong.isEmpty ? " Bổ sung: “\(corrected)”." : corrected.isEmpty ? " Bỏ đoạn: “\(wrong)”." : " Đoạn “\(wrong)” nay sửa lại là “\(corrected)”."
            }
            return text + " Ghi chú: \(note)"
        case .noted(let time, let actor, let note):
            return "Cải chính (\(Catalog.time(time, in: .vi)), \(actor)): \(note)"
        case .retracted(let time, let actor, let reason):
            return "Đã gỡ bài (\(Catalog.time(time, in: .vi)), \(actor)): \(reason). Nội dung vẫn được lưu trong kho; trang báo không còn hiển thị bài."
        }
    }
}
