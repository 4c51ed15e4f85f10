import Foundation

/// The contract's article object (docs/contract.md, design §6): its one list of fields, in order,
/// every field present (`null` or `[]` when empty). `list`, `queue`, `search` and `show` write it
/// straight to bytes (`JSONWriter`); their CSV reads the same fields as a tree (`JSONTree`), and
/// the CSV columns are the names this list writes.
public enum ArticleJSON {
    /// The article's fields, without the braces around them, so `queue` and `search` can add theirs.
    /// `body` only when asked (`show`).
    static func emitFields<Sink: JSONSink>(of article: StoredArticle, workflow: Workflow?, body: Bool, into sink: inout Sink) {
        let meta = article.document.meta
        sink.key("id"); sink.string(meta.id)
        sink.key("title"); sink.string(meta.title)
        sink.key("state"); sink.string(meta.state)
        sink.key("author"); sink.string(meta.author)
        sink.key("section"); sink.optional(meta.section)
        sink.key("tags"); sink.strings(meta.tags)
        sink.key("path"); sink.string(article.path)
        sink.key("created"); sink.timestamp(meta.created)
        sink.key("updated"); sink.optional(meta.updated)
        sink.key("state_label"); sink.optional(workflow?.state(meta.state)?.label)
        sink.key("draft"); sink.bool(meta.draft)
        sink.key("byline"); sink.optional(meta.byline)
        sink.key("approvals"); sink.strings(meta.approvals)
        sink.key("corrections")
        sink.beginArray()
        for correction in meta.corrections { write(correction, into: &sink) }
        sink.endArray()
        sink.key("last_note"); sink.optional(article.lastNote)
        sink.key("summary"); sink.optional(meta.summary)
        sink.key("source"); sink.optional(meta.source)
        sink.key("source_url"); sink.optional(meta.sourceURL)
        sink.key("publish_at"); sink.optional(meta.publishDate)
        sink.key("embargo"); sink.optional(meta.embargo)
        sink.key("retracted")
        if let retraction = meta.retracted { write(retraction, into: &sink) } else { sink.null() }
        sink.key("attachments")
        sink.beginArray()
        for resource in meta.resources { write(resource, into: &sink) }
        sink.endArray()
        sink.key("assignee"); sink.optional(meta.assignee)
        if body {
            sink.key("body"); sink.string(article.document.body)
        }
    }

    /// A correction (contract §11): when, who, the note, and the notice printed with it.
    static func write<Sink: JSONSink>(_ correction: Correction, into sink: inout Sink) {
        sink.beginObject()
        sink.key("time"); sink.timestamp(correction.time)
        sink.key("actor"); sink.string(correction.actor)
        sink.key("note"); sink.string(correction.note)
        sink.key("notice")
        if let notice = correction.notice { write(notice, into: &sink) } else { sink.null() }
        sink.endObject()
    }

    /// A correction's notice: facts in English keys, the same names as in the front matter.
    static func write<Sink: JSONSink>(_ notice: CorrectionNotice, into sink: inout Sink) {
        sink.beginObject()
        sink.key("original_title"); sink.string(notice.originalTitle)
        sink.key("section"); sink.optional(notice.section)
        sink.key("published"); sink.timestamp(notice.published)
        sink.key("title_was"); sink.optional(notice.titleWas)
        sink.key("wrong"); sink.strings(notice.wrong)
        sink.key("corrected"); sink.strings(notice.corrected)
        sink.endObject()
    }

    static func write<Sink: JSONSink>(_ retraction: Retraction, into sink: inout Sink) {
        sink.beginObject()
        sink.key("time"); sink.timestamp(retraction.time)
        sink.key("actor"); sink.string(retraction.actor)
        sink.key("reason"); sink.string(retraction.reason)
        sink.endObject()
    }

    static func write<Sink: JSONSink>(_ resource: ArticleResource, into sink: inout Sink) {
        sink.beginObject()
        sink.key("name"); sink.string(resource.src)
        sink.key("caption"); sink.optional(resource.title)
        sink.key("credit"); sink.optional(resource.credit)
        sink.key("alt"); sink.optional(resource.alt)
        sink.endObject()
    }

    // Concrete entry points: the generic definition is specialized here, in its own module, for
    // the two sinks (a call from the executable would otherwise go through witness tables).

    /// The article's fields written into an object `writer` has open.
    public static func writeFields(of article: StoredArticle, workflow: Workflow?, body: Bool = false, into writer: inout JSONWriter) {
        emitFields(of: article, workflow: workflow, body: body, into: &writer)
    }

    /// The article's fields added to an object `tree` has open.
    public static func writeFields(of article: StoredArticle, workflow: Workflow?, body: Bool = false, into tree: inout JSONTree) {
        emitFields(of: article, workflow: workflow, body: body, into: &tree)
    }

    /// The whole article object as bytes.
    public static func write(_ article: StoredArticle, workflow: Workflow?, body: Bool = false, into writer: inout JSONWriter) {
        writer.beginObject()
        writeFields(of: article, workflow: workflow, body: body, into: &writer)
        writer.endObject()
    }

    /// The whole article object as a tree.
    public static func object(_ article: StoredArticle, workflow: Workflow?, body: Bool = false) -> JSONValue {
        var tree = JSONTree()
        tree.beginObject()
        writeFields(of: article, workflow: workflow, body: body, into: &tree)
        tree.endObject()
        return tree.value
    }

    /// The names of the fields, in order, without `body`: the columns of `list`, `queue` and
    /// `search --format csv`, read off the definition above (every field is written for every article).
    public static let fieldNames: [String] = {
        var keys = JSONKeys()
        let nobody = ArticleMeta(id: "", title: "", state: "", author: "", created: Timestamp(date: Date(timeIntervalSince1970: 0), offsetSeconds: 0))
        keys.beginObject()
        emitFields(of: StoredArticle(path: "", document: ArticleDocument(meta: nobody, body: "")), workflow: nil, body: false, into: &keys)
        keys.endObject()
        return keys.names
    }()
}
