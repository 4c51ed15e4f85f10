import Foundation
import GitKit

/// Most steps are transitions that carry no text and no file (submit, approve, publish): what
/// they write follows from the parent's version alone. For those the verifier first computes
/// the step with `StepSemantics` and compares the blob id of the expected bytes with the
/// commit's, and neither reads nor parses the written file when they are equal (the same
/// bytes, so the same verdict as the full check, which runs whenever they are not).
extension Verifier {
    /// True when the commit's `index.md` is exactly what the claimed transition writes on `current`:
    /// the commit is that step and nothing is reported. False: not decided here, check it in full.
    mutating func acceptsPredicted(
        _ kind: ArticleStep.Kind, article: String, on current: StoredArticle, commit: Commit, message: CommitMessage, person: Person,
        rules: RulesInForce, writes blob: ObjectID
    ) throws(GalleyError) -> Bool {
        guard case .transition(let name) = kind,
            let claimed = rules.workflow.transition(named: name, from: current.document.meta.state), !claimed.requiresBody
        else { return false }
        let step = ArticleStep(
            kind: kind, article: article, actor: person, note: message.note, time: Self.time(of: commit), content: nil)
        guard case .success(let outcome) = StepSemantics.apply(step, to: current, under: rules),
            outcome.writesFile, outcome.files.isEmpty, outcome.path == current.path
        else { return false }
        // Were the file this document, the full check would read these same parameters from it.
        let expected = StepParameters(carriesText: false, publishAt: nil, embargoUntil: nil)
        guard Self.parameters(of: kind, writing: outcome.document, on: current, workflow: rules.workflow) == expected else { return false }
        let trailers = message.trailers
        guard trailers.from == outcome.trailers.from, trailers.to == outcome.trailers.to,
            trailers.transition == outcome.trailers.transition, trailers.role == outcome.trailers.role
        else { return false }
        guard try Self.blobID(of: outcome.document) == blob else { return false }
        // parse(rendered()) gives the document back (ArticleDocument.rendered), so the next step starts from it.
        // Debug builds (every test run) check that on each predicted step: if it ever broke, the next
        // step would be judged against a document the writer never reads back.
        assert(Self.roundTrips(outcome.document, path: current.path), "a rendered document does not parse back to itself")
        remember(outcome.document, as: blob)
        return true
    }

    /// Whether `document` parses back from its own rendering (checked in debug builds only).
    static func roundTrips(_ document: ArticleDocument, path: String) -> Bool {
        (try? ArticleDocument.parse(document.renderedFrontMatter() + document.body, path: path)) == document
    }

    /// The blob id of the front matter Galley renders followed by the body as it stands: the bytes
    /// `isWritten` accepts without re-rendering the body.
    static func blobID(of document: ArticleDocument) throws(GalleyError) -> ObjectID {
        var bytes = Data(document.renderedFrontMatter().utf8)
        bytes.append(contentsOf: document.body.utf8)
        let hashed = bytes.withUnsafeBytes { raw in Result { () throws(GitError) in try ObjectID.blob(hashing: raw) } }
        return try git("hashing index.md", { () throws(GitError) in try hashed.get() })
    }
}
