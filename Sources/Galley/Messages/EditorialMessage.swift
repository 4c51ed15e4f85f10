/// Sentences about sections, schedules and embargoes (issue 12), held as facts like
/// `Message`; a case of their own so the main catalog stays readable.
public enum EditorialMessage: Sendable, Equatable {
    /// A section the newsroom's list lacks; `sections` as "key (Label)".
    case unknownSection(given: String, sections: [String])
    /// A time that does not read as one (`option` is where it was given).
    case unreadableTime(given: String, option: String, timeZone: String)
    /// A schedule or embargo time before the step itself.
    case timeInPast(option: String, time: String, now: String)
    /// `--at` on a step that publishes nothing.
    case notAPublication(step: String)
    /// A publication that would take effect before the article's embargo.
    case embargoed(article: String, until: String, effective: String)
    /// `embargo` on an article that is out already.
    case alreadyPublished(article: String)
    /// `embargo --lift` on an article without one.
    case noEmbargo(article: String)
    /// Who may set an embargo: those who approve or publish (`roles`).
    case embargoNotPermitted(person: String, roles: [String])
    case embargoSet(article: String, until: String)
    case embargoLifted(article: String)
    case scheduled(article: String, at: String)
}

/// `EditorialMessage` in both languages (see `Catalog`).
extension Catalog {
    static func english(_ message: EditorialMessage) -> String {
        switch message {
        case .unknownSection(let given, let sections):
            return "no section '\(given)' in this newsroom: galley.yaml lists \(sections.joined(separator: ", "))"
        case .unreadableTime(let given, let option, let timeZone):
            return "\(option) '\(given)' is not a time: write it like 2026-12-02 06:00 (\(timeZone)) or 2026-12-02T06:00:00+07:00"
        case .timeInPast(let option, let time, let now):
            return "\(option) \(time) is before now (\(now)): give a time still to come"
        case .notAPublication(let step):
            return "--at schedules a publication; '\(step)' publishes nothing"
        case .embargoed(let article, let until, let effective):
            return "'\(article)' is under embargo until \(until); a publication at \(effective) would break it: publish with --at \(until) or later, or lift the embargo (`galley embargo \(article) --lift`)"
        case .alreadyPublished(let article):
            return "'\(article)' is published already: an embargo holds back a publication, not one that is out (retract it instead)"
        case .noEmbargo(let article):
            return "'\(article)' has no embargo to lift"
        case .embargoNotPermitted(let person, let roles):
            return "\(person) may not set an embargo: that is for those who approve or publish (\(roles.joined(separator: ", ")))"
        case .embargoSet(let article, let until):
            return "\(article): under embargo until \(until)"
        case .embargoLifted(let article):
            return "\(article): embargo lifted"
        case .scheduled(let article, let at):
            return "\(article): published, shown from \(at)"
        }
    }

    static func vietnamese(_ message: EditorialMessage) -> String {
        switch message {
        case .unknownSection(let given, let sections):
            return "tòa soạn không có chuyên mục '\(given)': galley.yaml liệt kê \(sections.joined(separator: ", "))"
        case .unreadableTime(let given, let option, let timeZone):
            return "\(option) '\(given)' không phải thời điểm: hãy viết như 2026-12-02 06:00 (\(timeZone)) hoặc 2026-12-02T06:00:00+07:00"
        case .timeInPast(let option, let time, let now):
            return "\(option) \(time) đã qua (bây giờ là \(now)): hãy cho một thời điểm sắp tới"
        case .notAPublication(let step):
            return "--at hẹn giờ đăng bài; bước '\(step)' không đăng bài nào"
        case .embargoed(let article, let until, let effective):
            return "bài '\(article)' bị cấm đăng trước \(until); đăng lúc \(effective) là vi phạm: hãy đăng với --at \(until) hoặc muộn hơn, hoặc bỏ lệnh cấm (`galley embargo \(article) --lift`)"
        case .alreadyPublished(let article):
            return "bài '\(article)' đã đăng: lệnh cấm đăng chỉ giữ bài chưa ra (hãy gỡ bài nếu cần)"
        case .noEmbargo(let article):
            return "bài '\(article)' không có lệnh cấm đăng nào để bỏ"
        case .embargoNotPermitted(let person, let roles):
            return "\(person) không được đặt lệnh cấm đăng: việc này dành cho người duyệt hoặc đăng bài (\(roles.map(Catalog.role).joined(separator: ", ")))"
        case .embargoSet(let article, let until):
            return "\(article): cấm đăng trước \(until)"
        case .embargoLifted(let article):
            return "\(article): đã bỏ lệnh cấm đăng"
        case .scheduled(let article, let at):
            return "\(article): đã duyệt đăng, hiện trên trang từ \(at)"
        }
    }
}
