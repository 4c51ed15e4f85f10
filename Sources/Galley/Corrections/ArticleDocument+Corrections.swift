/// How the `corrections:` list and the `retracted:` record are written in the front matter:
/// block YAML Hugo reads as `.Params.corrections` and `.Params.retracted`, every text
/// double-quoted with JSON escapes. A correction from before notices keeps its three keys.
extension ArticleDocument {
    static func renderedCorrections(_ corrections: [Correction]) -> String {
        typealias Q = YAMLQuoting
        guard !corrections.isEmpty else { return "" }
        var out = "corrections:\n"
        for correction in corrections {
            out += "  - time: \(correction.time.iso8601)\n"
            out += "    actor: \(Q.quoted(correction.actor))\n"
            out += "    note: \(Q.quoted(correction.note))\n"
            guard let notice = correction.notice else { continue }
            out += "    original_title: \(Q.quoted(notice.originalTitle))\n"
            if let section = notice.section { out += "    section: \(Q.quoted(section))\n" }
            out += "    published: \(notice.published.iso8601)\n"
            if let titleWas = notice.titleWas { out += "    title_was: \(Q.quoted(titleWas))\n" }
            out += "    wrong: \(Q.list(notice.wrong))\n"
            out += "    corrected: \(Q.list(notice.corrected))\n"
        }
        return out
    }

    static func renderedRetraction(_ retraction: Retraction?) -> String {
        guard let retraction else { return "" }
        return "retracted:\n  time: \(retraction.time.iso8601)\n  actor: \(YAMLQuoting.quoted(retraction.actor))\n"
            + "  reason: \(YAMLQuoting.quoted(retraction.reason))\n"
    }
}

/// The keys of one entry of `corrections:`: the three every correction has, then the notice's.
enum CorrectionKeys {
    static let required = ["time", "actor", "note"]
    static let notice = ["original_title", "section", "published", "title_was", "wrong", "corrected"]
    static let retraction = ["time", "actor", "reason"]
}
