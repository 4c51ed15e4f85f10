/// One front-matter field that differs between two revisions of an article,
/// in words: a one-line field as a word diff (like the body's), a list as the
/// items kept, removed and added. `diff` shows every field, so a changed
/// byline, section or tag is as visible as a changed word of the text.
public struct FieldChange: Sendable, Equatable {
    public enum Kind: String, Sendable { case text, list }

    /// The front-matter key (`title`, `byline`, `tags`, an extra key such as `image` …).
    public var field: String
    public var kind: Kind
    /// The value before and after: one string for a text field (nil when absent), the items of a list.
    public var old: [String]?
    public var new: [String]?
    /// Word segments for a text field; for a list, one segment per item.
    public var segments: [WordDiff.Segment]
    /// A field a person writes (title, byline, section, tags, extra keys), not the workflow's record
    /// (state, draft, updated, approvals, corrections), which every step changes.
    public var isContent: Bool
}

enum FieldDiff {
    /// Every field that differs between `old` and `new`, in the order the front matter is written.
    static func changes(from old: ArticleMeta, to new: ArticleMeta) -> [FieldChange] {
        var changes: [FieldChange] = []
        /// Prose (a title, a byline, an extra key's YAML) as a word diff; a name or a value (a state,
        /// a section, a time) replaced whole, which reads better than its pieces.
        func text(_ field: String, _ a: String?, _ b: String?, content: Bool, words: Bool = false) {
            guard a != b else { return }
            let segments = words
                ? WordDiff.segments(from: a ?? "", to: b ?? "")
                : [a.map { WordDiff.Segment(operation: .delete, text: $0) }, b.map { WordDiff.Segment(operation: .insert, text: $0) }].compactMap { $0 }
            changes.append(FieldChange(field: field, kind: .text, old: a.map { [$0] }, new: b.map { [$0] }, segments: segments, isContent: content))
        }
        func list(_ field: String, _ a: [String], _ b: [String], content: Bool) {
            guard a != b else { return }
            changes.append(FieldChange(field: field, kind: .list, old: a, new: b, segments: items(from: a, to: b), isContent: content))
        }
        text("id", old.id, new.id, content: false)
        text("title", old.title, new.title, content: true, words: true)
        text("state", old.state, new.state, content: false)
        text("draft", String(old.draft), String(new.draft), content: false)
        text("author", old.author, new.author, content: false)
        text("byline", old.byline, new.byline, content: true, words: true)
        text("section", old.section, new.section, content: true)
        text("summary", old.summary, new.summary, content: true, words: true)
        text("source", old.source, new.source, content: true, words: true)
        text("source_url", old.sourceURL, new.sourceURL, content: true)
        list("tags", old.tags, new.tags, content: true)
        text("created", old.created.iso8601, new.created.iso8601, content: false)
        text("updated", old.updated?.iso8601, new.updated?.iso8601, content: false)
        text("publishDate", old.publishDate?.iso8601, new.publishDate?.iso8601, content: false)
        text("embargo", old.embargo?.iso8601, new.embargo?.iso8601, content: false)
        text("assignee", old.assignee, new.assignee, content: false)
        list("approvals", old.approvals, new.approvals, content: false)
        list("corrections", old.corrections.map(describe), new.corrections.map(describe), content: false)
        text("retracted", old.retracted.map(describe), new.retracted.map(describe), content: false)
        list("resources", old.resources.map(describe), new.resources.map(describe), content: true)
        var keys: [String] = []
        for field in old.extra + new.extra where !keys.contains(field.key) { keys.append(field.key) }
        for key in keys {
            text(key, old.extra.first { $0.key == key }?.yaml, new.extra.first { $0.key == key }?.yaml, content: true, words: true)
        }
        return changes
    }

    /// Items of `new` in their order (kept or added), each removed item of `old` where it stood.
    static func items(from old: [String], to new: [String]) -> [WordDiff.Segment] {
        var segments: [WordDiff.Segment] = []
        var rest = new[...]
        for item in old {
            if let position = rest.firstIndex(of: item) {
                segments += rest[..<position].map { WordDiff.Segment(operation: old.contains($0) ? .equal : .insert, text: $0) }
                segments.append(WordDiff.Segment(operation: .equal, text: item))
                rest = rest[rest.index(after: position)...]
            } else if !new.contains(item) {
                segments.append(WordDiff.Segment(operation: .delete, text: item))
            }
        }
        segments += rest.map { WordDiff.Segment(operation: old.contains($0) ? .equal : .insert, text: $0) }
        return segments
    }

    /// An attached file as one item: "name: caption — credit (alt: …)".
    private static func describe(_ resource: ArticleResource) -> String {
        let words = [resource.title, resource.credit].compactMap { $0 }.joined(separator: " — ")
        return resource.src + (words.isEmpty ? "" : ": \(words)") + (resource.alt.map { " (alt: \($0))" } ?? "")
    }

    /// A correction as one item: "time actor: note", then its notice's facts (the front matter's words).
    private static func describe(_ correction: Correction) -> String {
        var text = "\(correction.time.iso8601) \(correction.actor): \(correction.note)"
        guard let notice = correction.notice else { return text }
        if let was = notice.titleWas { text += "; title_was “\(was)”" }
        for (wrong, corrected) in zip(notice.wrong, notice.corrected) { text += "; “\(wrong)” → “\(corrected)”" }
        return text
    }

    /// A retraction as one value: "time actor: reason".
    private static func describe(_ retraction: Retraction) -> String {
        "\(retraction.time.iso8601) \(retraction.actor): \(retraction.reason)"
    }
}
