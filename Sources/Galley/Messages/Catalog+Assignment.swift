/// `AssignmentMessage` in both languages (see `Catalog`).
extension Catalog {
    static func english(_ message: AssignmentMessage) -> String {
        switch message {
        case .assignNotPermitted(let person, let roles):
            return "\(person) may not assign articles: that is for those who approve or publish (\(roles.joined(separator: ", ")))."
        case .unknownAssignee(let person, let whoMay):
            return "there is no '\(person)' in people.yaml; who may take a next step: \(people(whoMay, .en))."
        case .inactiveAssignee(let person, let whoMay):
            return "\(person) is deactivated and may take no step; who may take a next step: \(people(whoMay, .en))."
        case .assigneeHasNoStep(let article, let person, let state, let whoMay):
            return "\(person) cannot take the next step of '\(article)' in \(state), so it cannot be assigned to them; who may: \(people(whoMay, .en))."
        case .alreadyAssigned(let article, let person):
            return "'\(article)' is already assigned to \(person)."
        case .notAssigned(let article):
            return "'\(article)' is assigned to nobody: nothing to clear."
        case .assigned(let article, let person):
            return "\(article): assigned to \(person)"
        case .assignmentCleared(let article):
            return "\(article): assignment cleared"
        case .assignedToYou:
            return "[assigned to you]"
        case .assigneeLine(let person):
            return "Assigned to: \(person)"
        case .outsideSections(let person, let step, let article, let section, let sections):
            let where_ = section.map { "is in section '\($0)'" } ?? "has no section"
            return "\(person) may \(step) only in their sections (\(sections.joined(separator: ", "))); '\(article)' \(where_)."
        case .commentNotPermitted(let person, let article):
            return "\(person) is not working on '\(article)': a comment is for its author, its assignee, those who approved or corrected it, and the desk."
        case .commentNeedsNote:
            return "a comment needs its note: give it with -m \"…\"."
        case .commented(let article):
            return "\(article): comment recorded"
        case .unknownPersonSection(let person, let given, let sections):
            return "person '\(person)': no section '\(given)' in galley.yaml, which lists \(sections.joined(separator: ", "))."
        case .noSectionList(let person):
            return "person '\(person)' has sections, but galley.yaml lists none: set them first (galley config set sections …)."
        case .sectionsSet(let person, let sections):
            return sections.isEmpty ? "\(person): no longer limited to sections" : "\(person): sections \(sections.joined(separator: ", "))"
        case .toOrClear:
            return "give --to PERSON, or --clear (not both)."
        }
    }

    static func vietnamese(_ message: AssignmentMessage) -> String {
        switch message {
        case .assignNotPermitted(let person, let roles):
            return "\(person) không được giao bài: việc này dành cho người duyệt hoặc đăng bài (\(roles.map(Catalog.role).joined(separator: ", ")))."
        case .unknownAssignee(let person, let whoMay):
            return "people.yaml không có '\(person)'; người có thể làm bước tiếp theo: \(people(whoMay, .vi))."
        case .inactiveAssignee(let person, let whoMay):
            return "\(person) đã bị vô hiệu hóa, không làm được bước nào; người có thể làm bước tiếp theo: \(people(whoMay, .vi))."
        case .assigneeHasNoStep(let article, let person, let state, let whoMay):
            return "\(person) không thể làm bước tiếp theo của bài '\(article)' ở trạng thái \(state), nên không thể giao bài cho người này; người có thể làm: \(people(whoMay, .vi))."
        case .alreadyAssigned(let article, let person):
            return "bài '\(article)' đã được giao cho \(person)."
        case .notAssigned(let article):
            return "bài '\(article)' chưa giao cho ai: không có gì để bỏ."
        case .assigned(let article, let person):
            return "\(article): đã giao cho \(person)"
        case .assignmentCleared(let article):
            return "\(article): đã bỏ việc giao bài"
        case .assignedToYou:
            return "[giao cho bạn]"
        case .assigneeLine(let person):
            return "Người được giao: \(person)"
        case .outsideSections(let person, let step, let article, let section, let sections):
            let where_ = section.map { "thuộc chuyên mục '\($0)'" } ?? "chưa có chuyên mục"
            return "\(person) chỉ được \(step) bài trong chuyên mục của mình (\(sections.joined(separator: ", "))); bài '\(article)' \(where_)."
        case .commentNotPermitted(let person, let article):
            return "\(person) không tham gia bài '\(article)': trao đổi dành cho tác giả, người được giao, người đã duyệt hoặc cải chính bài, và ban biên tập."
        case .commentNeedsNote:
            return "trao đổi cần có nội dung: hãy ghi bằng -m \"…\"."
        case .commented(let article):
            return "\(article): đã ghi trao đổi"
        case .unknownPersonSection(let person, let given, let sections):
            return "người '\(person)': galley.yaml không có chuyên mục '\(given)'; các chuyên mục là \(sections.joined(separator: ", "))."
        case .noSectionList(let person):
            return "người '\(person)' có chuyên mục, nhưng galley.yaml chưa liệt kê chuyên mục nào: hãy đặt trước (galley config set sections …)."
        case .sectionsSet(let person, let sections):
            return sections.isEmpty ? "\(person): không còn giới hạn theo chuyên mục" : "\(person): chuyên mục \(sections.joined(separator: ", "))"
        case .toOrClear:
            return "hãy cho --to NGƯỜI, hoặc --clear (không dùng cả hai)."
        }
    }

    /// "hangoc, tbt", or "nobody" when the list is empty.
    private static func people(_ ids: [String], _ language: Language) -> String {
        ids.isEmpty ? (language == .vi ? "không ai" : "nobody") : ids.joined(separator: ", ")
    }
}
