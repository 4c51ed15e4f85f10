import Foundation

extension Newsroom {
    /// `galley attach`: one commit that adds `data` to the article's folder under the sanitised form of
    /// `name` and describes it in `resources:`. `StepSemantics` decides whether and how (editable state,
    /// kind by content, galley.yaml's size limit). The desk's upload calls this too.
    public func attach(
        _ id: String, data: Data, name: String, caption: String?, credit: String?, alt: String?, note: String?,
        acceptingWorkTreeFile sourcePath: String? = nil, actorID: String?
    ) throws(GalleyError) -> RecordedStep {
        let note = note.map(CommitMessage.sanitizedNote).flatMap { $0.isEmpty ? nil : $0 }
        let file = AttachmentFile(name: name, data: data, caption: caption, credit: credit, alt: alt)
        let step = try write { (snapshot) throws(GalleyError) -> Change? in
            let actor = try self.actor(explicitID: actorID, in: snapshot)
            let stored = try self.article(id, in: snapshot)
            let request = ArticleStep(
                kind: .attach, article: stored.document.meta.id, actor: actor, note: note, time: Self.now(in: snapshot.config),
                content: nil, attachment: .add(file))
            var change = try self.change(for: request, on: stored, in: snapshot)
            // A photo copied into the article's folder first is this step's input, not an edit to protect.
            if let sourcePath, let root = self.repository.workTree {
                for written in change.files where Self.samePath(root + "/" + written.path, sourcePath) {
                    change.acceptsWorkTreeEdits.insert(written.path)
                }
            }
            return change
        }
        // English only on purpose: an allowed step always records a change; unreachable.
        guard let step else { throw .failure("internal: attach recorded nothing") }
        return step
    }

    /// `galley attach ID FILE`: reads at most the newsroom's limit plus one byte, so a huge file is
    /// refused without being loaded; the stored name comes from `name`, else the file's own.
    public func attach(
        _ id: String, fileAt path: String, name: String?, caption: String?, credit: String?, alt: String?, note: String?,
        actorID: String?
    ) throws(GalleyError) -> RecordedStep {
        let limit = try snapshot().config.attachmentLimitBytes
        let given = name ?? URL(fileURLWithPath: path).lastPathComponent
        // Said before reading, with the file's real size (the step itself would see only the bytes read).
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > limit {
            throw GalleyError(.refused, .attachment(.tooLarge(name: given, bytes: size, limitBytes: limit)))
        }
        let data = try Self.readBounded(path, limit: limit + 1)
        return try attach(
            id, data: data, name: given, caption: caption, credit: credit, alt: alt, note: note, acceptingWorkTreeFile: path,
            actorID: actorID)
    }

    /// `galley detach ID NAME`: one commit that removes the file and its entry (the history keeps both).
    public func detach(_ id: String, name: String, note: String?, actorID: String?) throws(GalleyError) -> RecordedStep {
        let note = note.map(CommitMessage.sanitizedNote).flatMap { $0.isEmpty ? nil : $0 }
        let step = try write { (snapshot) throws(GalleyError) -> Change? in
            let actor = try self.actor(explicitID: actorID, in: snapshot)
            let stored = try self.article(id, in: snapshot)
            let request = ArticleStep(
                kind: .detach, article: stored.document.meta.id, actor: actor, note: note, time: Self.now(in: snapshot.config),
                content: nil, attachment: .remove(name: name))
            return try self.change(for: request, on: stored, in: snapshot)
        }
        // English only on purpose: an allowed step always records a change; unreachable.
        guard let step else { throw .failure("internal: detach recorded nothing") }
        return step
    }

    /// The first `limit` bytes of the file at `path` (a larger file is cut there: its size already breaks the limit).
    static func readBounded(_ path: String, limit: Int) throws(GalleyError) -> Data {
        do {
            let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
            defer { try? handle.close() }
            return try handle.read(upToCount: limit) ?? Data()
        } catch {
            let reason = (error as? CocoaError)?.code == .fileReadNoSuchFile ? "no such file" : error.localizedDescription
            throw GalleyError(.invalidInput, .attachment(.unreadable(path: path, reason: reason)))
        }
    }

    private static func samePath(_ a: String, _ b: String) -> Bool {
        URL(fileURLWithPath: a).standardizedFileURL.resolvingSymlinksInPath().path
            == URL(fileURLWithPath: b).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
