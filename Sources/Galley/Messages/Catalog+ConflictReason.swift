/// `ConflictReason` in both languages (see `Catalog`). The English keeps the words sync's JSON
/// `reason` has always had.
extension Catalog {
    public static func render(_ reason: ConflictReason, in language: Language) -> String {
        language == .vi ? vietnamese(reason) : english(reason)
    }

    static func english(_ reason: ConflictReason) -> String {
        switch reason {
        case .notLinear:
            return "it is a merge (or has no parent); the newsroom branch is linear"
        case .followsKeptStep:
            return "an earlier step of yours on this article could not be applied, and this one follows it"
        case .alsoChangedCentrally(let path):
            return "\(path) was also changed on the central repository"
        case .createdOnBothSides(let path):
            return "\(path) was created on both sides"
        case .removedHereChangedCentrally(let path):
            return "\(path) was removed here but changed centrally"
        case .goneCentrally(let path):
            return "\(path) no longer exists on the central repository"
        case .bothChanged(let fields, let passages):
            var parts: [String] = []
            if !fields.isEmpty { parts.append("both sides changed \(fields.joined(separator: ", "))") }
            if passages > 0 { parts.append("both sides rewrote the same passage (\(passages) place\(passages == 1 ? "" : "s"))") }
            return parts.joined(separator: "; ")
        case .refused(let violations):
            return violations.map { render($0, in: .en) }.joined(separator: "; ")
        case .after(let step, let reason):
            return "meanwhile \(step.actor) took '\(step.transition)' (\(states(step))) on the central repository at \(step.time.iso8601) (\(english(reason)))"
        }
    }

    static func vietnamese(_ reason: ConflictReason) -> String {
        switch reason {
        case .notLinear:
            return "đây là một commit gộp (hoặc không có commit cha); nhánh của tòa soạn đi thẳng một mạch"
        case .followsKeptStep:
            return "một bước trước đó của bạn trên bài này không áp dụng được, và bước này đi sau nó"
        case .alsoChangedCentrally(let path):
            return "\(path) cũng đã bị thay đổi trên kho trung tâm"
        case .createdOnBothSides(let path):
            return "\(path) được tạo ở cả hai phía"
        case .removedHereChangedCentrally(let path):
            return "\(path) đã bị xóa ở đây nhưng lại được sửa trên kho trung tâm"
        case .goneCentrally(let path):
            return "\(path) không còn trên kho trung tâm"
        case .bothChanged(let fields, let passages):
            var parts: [String] = []
            if !fields.isEmpty { parts.append("cả hai phía đều sửa \(fields.joined(separator: ", "))") }
            if passages > 0 { parts.append("cả hai phía đều viết lại cùng một đoạn (\(passages) chỗ)") }
            return parts.joined(separator: "; ")
        case .refused(let violations):
            return violations.map { render($0, in: .vi) }.joined(separator: "; ")
        case .after(let step, let reason):
            return "trong lúc đó \(step.actor) đã thực hiện '\(step.transition)' (\(states(step))) trên kho trung tâm lúc \(time(step.time, in: .vi)) (\(vietnamese(reason)))"
        }
    }

    private static func states(_ step: ConflictReason.CentralStep) -> String {
        step.from.map { "\($0) → \(step.to ?? "")" } ?? "→ \(step.to ?? "")"
    }
}
