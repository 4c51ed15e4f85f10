import Galley

/// `show`'s corrections and retraction, each one paragraph in the reader's language:
/// a correction with its notice as the paper prints it, an older one by its note.
enum CorrectionLines {
    static func lines(_ meta: ArticleMeta, in language: Language) -> [String] {
        var lines: [String] = []
        for (index, correction) in meta.corrections.enumerated() {
            let message: CorrectionMessage
            if let notice = correction.notice {
                // The headline this correction put in place: the one the next title correction replaced, or today's.
                let later = meta.corrections[(index + 1)...].lazy.compactMap { $0.notice?.titleWas }.first
                message = .notice(notice, time: correction.time, actor: correction.actor, note: correction.note, titleNow: later ?? meta.title)
            } else {
                message = .noted(time: correction.time, actor: correction.actor, note: correction.note)
            }
            lines.append(Catalog.render(.correction(message), in: language))
        }
        if let retracted = meta.retracted {
            lines.append(Catalog.render(.correction(.retracted(time: retracted.time, actor: retracted.actor, reason: retracted.reason)), in: language))
        }
        return lines
    }
}
