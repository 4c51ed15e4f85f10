import Foundation

/// Attach and detach (issue 12), part of the one step semantics: a photo is
/// added exactly where the acting person may edit the text, it must be one of
/// the accepted kinds by its content and within galley.yaml's size limit, and
/// its stored name is the sanitised form of the given one. The writer commits
/// the outcome; `verify`, the hook and sync rebuild the step from the file the
/// commit added and its `resources:` entry, and require exactly this outcome.
extension StepSemantics {
    static func attachment(_ step: ArticleStep, _ current: StoredArticle, _ rules: RulesInForce) throws(StepRefusal) -> StepOutcome {
        let standing = current.standing
        guard let role = rules.workflow.editingRole(on: standing, for: step.actor) else {
            throw StepRefusal(.contentNotEditable, rules.workflow.editRefusal(on: standing, for: step.actor))
        }
        if step.content != nil || step.publishAt != nil || step.embargoUntil != nil {
            throw StepRefusal(.trailerMismatch, "an '\(step.kind.name)' step changes the article's files only")
        }
        let folder = ArticleLayout.folder(of: current.path)
        var document = current.document
        let file: BundleFile
        switch (step.kind, step.attachment) {
        case (.attach, .add(let given)?):
            let (resource, data) = try prepared(given, limit: rules.config.attachmentLimitBytes)
            guard !document.meta.resources.contains(where: { $0.src == resource.src }) else {
                throw StepRefusal(.badAttachment, .attachment(.exists(article: standing.id, name: resource.src)))
            }
            document.meta.resources.append(resource)
            file = BundleFile(path: folder + "/" + resource.src, data: data)
        case (.detach, .remove(let name)?):
            guard let index = document.meta.resources.firstIndex(where: { $0.src == name }) else {
                throw StepRefusal(
                    .badAttachment, .attachment(.noSuchAttachment(article: standing.id, name: name, names: document.meta.resources.map(\.src))))
            }
            document.meta.resources.remove(at: index)
            file = BundleFile(path: folder + "/" + name, data: nil)
        default:
            throw StepRefusal(.trailerMismatch, "an '\(step.kind.name)' step needs the file it \(step.kind == .attach ? "adds" : "removes")")
        }
        document.meta.updated = step.time
        let state = standing.state
        var outcome = StepOutcome(
            document: document, path: current.path,
            trailers: GalleyTrailers(article: standing.id, transition: step.kind.name, from: state, to: state, actor: step.actor.id, role: role),
            transition: nil)
        outcome.files = [file]
        return outcome
    }

    /// A correction's photo: `file` takes the place of the listed `name` (its entry's position kept),
    /// checked as `attach` checks it; the old file goes (the history keeps it) unless the new one has its name.
    static func replacePhoto(
        _ name: String, with file: AttachmentFile, in document: inout ArticleDocument, folder: String, limit: Int
    ) throws(StepRefusal) -> (files: [BundleFile], old: ArticleResource, new: ArticleResource) {
        let article = document.meta.id
        guard let index = document.meta.resources.firstIndex(where: { $0.src == name }) else {
            throw StepRefusal(
                .badAttachment, .attachment(.noSuchAttachment(article: article, name: name, names: document.meta.resources.map(\.src))))
        }
        var (resource, data) = try prepared(file, limit: limit)
        // What the new photo does not say anew, it keeps from the one it replaces.
        let old = document.meta.resources[index]
        resource.title = resource.title ?? old.title
        resource.credit = resource.credit ?? old.credit
        resource.alt = resource.alt ?? old.alt
        if resource.src != name, document.meta.resources.contains(where: { $0.src == resource.src }) {
            throw StepRefusal(.badAttachment, .attachment(.exists(article: article, name: resource.src)))
        }
        document.meta.resources[index] = resource
        let added = BundleFile(path: folder + "/" + resource.src, data: data)
        return (resource.src == name ? [added] : [BundleFile(path: folder + "/" + name, data: nil), added], old, resource)
    }

    /// The resource entry and bytes of a file to attach, or why it cannot be attached.
    private static func prepared(_ file: AttachmentFile, limit: Int) throws(StepRefusal) -> (ArticleResource, Data) {
        guard !file.data.isEmpty else { throw StepRefusal(.badAttachment, .attachment(.empty(name: file.name))) }
        guard file.data.count <= limit else {
            throw StepRefusal(.badAttachment, .attachment(.tooLarge(name: file.name, bytes: file.data.count, limitBytes: limit)))
        }
        guard let type = AttachmentType.detect(file.data) else {
            throw StepRefusal(.badAttachment, .attachment(.unsupportedType(name: file.name, accepted: AttachmentType.allCases.map(\.displayName))))
        }
        guard let name = AttachmentName.sanitized(file.name, as: type) else {
            throw StepRefusal(.badAttachment, .attachment(.badName(given: file.name)))
        }
        func described(_ text: String?, _ what: String, _ field: TextFieldMessage.Field, _ maxLength: Int) throws(StepRefusal) -> String? {
            guard let text else { return nil }
            do {
                let clean = try TextInput.singleLine(text, what: field, maxLength: maxLength)
                return clean.isEmpty ? nil : clean
            } catch {
                throw StepRefusal(.invalidContent, .attachment(.badDescription(what: what, reason: error.message)))
            }
        }
        let resource = ArticleResource(
            src: name, title: try described(file.caption, "caption", .caption, 500), credit: try described(file.credit, "credit", .credit, 200),
            alt: try described(file.alt, "alt", .alt, 500))
        return (resource, file.data)
    }
}
