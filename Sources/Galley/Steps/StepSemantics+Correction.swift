import Foundation

/// Corrections and retractions (issue 12, Press Law 2016 art. 42), part of the one step
/// semantics: a correction replaces the headline and the body, and — under
/// `press_law_notices` — records the notice computed here, so `verify` re-executing the
/// step checks a hand-edited notice byte for byte; a retraction records its reason and
/// keeps the page out of every Hugo build, its text staying where it is.
extension StepSemantics {
    /// Applies a text-carrying transition's `content` to `document` and appends its correction.
    static func correct(
        _ step: ArticleStep, _ content: ArticleContent, _ document: inout ArticleDocument, notices: Bool, sections: [NewsroomSection],
        replacedPhoto photo: (old: ArticleResource, new: ArticleResource)? = nil
    ) throws(StepRefusal) {
        let article = document.meta.id
        var others = ArticleContent(of: document)
        others.title = content.title
        others.body = content.body
        let fields = content.differingFields(from: others)
        guard fields.isEmpty else { throw StepRefusal(.contentNotEditable, .correction(.onlyTitleAndBody(article: article, fields: fields))) }
        let titleChanged = content.title != document.meta.title
        if titleChanged && !notices { throw StepRefusal(.contentNotEditable, .correction(.titleNeedsNotices(article: article))) }
        guard content.body != document.body || titleChanged || photo != nil else { throw StepRefusal(.noChange, .nothingToCorrect) }
        var correction = Correction(time: step.time, actor: step.actor.id, note: step.note ?? "")
        if notices {
            var notice = notice(from: document, to: content, sections: sections)
            // A replaced photo is quoted like a passage: its file and caption, before and after.
            if let photo {
                func quoted(_ resource: ArticleResource) -> String { resource.src + (resource.title.map { ": \($0)" } ?? "") }
                notice.wrong.append(quoted(photo.old))
                notice.corrected.append(quoted(photo.new))
            }
            correction.notice = notice
        }
        document.body = content.body
        document.meta.title = content.title
        document.meta.corrections.append(correction)
    }

    /// The notice of a correction from `document` (as it stands) to `content`. The original title,
    /// section and publication time come from the first notice, if any, so a second correction
    /// cites the article as it first appeared. The section is cited by the label readers saw.
    static func notice(from document: ArticleDocument, to content: ArticleContent, sections: [NewsroomSection]) -> CorrectionNotice {
        let meta = document.meta
        let first = meta.corrections.lazy.compactMap(\.notice).first
        let (wrong, corrected) = CorrectionQuotes.passages(from: document.body, to: content.body)
        return CorrectionNotice(
            originalTitle: first?.originalTitle ?? meta.title,
            section: meta.section.map { key in sections.first { $0.key == key }?.label ?? key },
            // Before its first correction a published article's last step is its publication.
            published: first?.published ?? meta.publishDate ?? meta.updated ?? meta.created,
            titleWas: content.title != meta.title ? meta.title : nil, wrong: wrong, corrected: corrected)
    }

    /// A transition that takes a published article off the site (`retract`), under `press_law_notices`:
    /// its note is the reason on record, and Hugo's `_build` keeps the page out even of a drafts build.
    static func retract(_ step: ArticleStep, _ document: inout ArticleDocument) throws(StepRefusal) {
        guard let reason = step.note, !reason.allSatisfy(\.isWhitespace) else {
            throw StepRefusal(.notPermitted, .correction(.retractionNeedsReason(article: document.meta.id)))
        }
        document.meta.retracted = Retraction(time: step.time, actor: step.actor.id, reason: reason)
        document.meta.extra.removeAll { $0.key == Self.hugoBuildKey }
        document.meta.extra.append(ExtraField(key: Self.hugoBuildKey, yaml: Self.hugoNeverBuilt))
    }

    /// A publication (a custom workflow may bring a retracted article back) shows the page again:
    /// the retraction's `_build` and record go; the history keeps them.
    static func republish(_ document: inout ArticleDocument) {
        document.meta.retracted = nil
        document.meta.extra.removeAll { $0.key == Self.hugoBuildKey && $0.yaml == Self.hugoNeverBuilt }
    }

    /// Hugo's build options (Hugo ≥ 0.65 reads `_build`): never rendered, never listed, no resources published.
    static let hugoBuildKey = "_build"
    static let hugoNeverBuilt = "_build: {render: never, list: never, publishResources: false}"
}

extension ArticleContent {
    /// The front-matter keys (and "body") whose values differ from `other`: the content fields as
    /// `ArticleMeta.contentDifferences` lists them (one list of them), written into two blank articles.
    func differingFields(from other: ArticleContent) -> [String] {
        let blank = ArticleDocument(
            meta: ArticleMeta(id: "", title: "", state: "", author: "", created: Timestamp(date: Date(timeIntervalSince1970: 0), offsetSeconds: 0)),
            body: "")
        var (mine, theirs) = (blank, blank)
        write(into: &mine)
        other.write(into: &theirs)
        return mine.meta.contentDifferences(from: theirs.meta) + (body != other.body ? ["body"] : [])
    }
}
