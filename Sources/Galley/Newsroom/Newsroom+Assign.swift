extension Newsroom {
    /// Galley's `assign` step: gives the article to `person` (nil clears it), one commit, the state stays.
    public func assign(_ id: String, to person: String?, note: String?, actorID: String?) throws(GalleyError) -> RecordedStep {
        let note = note.map(CommitMessage.sanitizedNote).flatMap { $0.isEmpty ? nil : $0 }
        let step = try write { (snapshot) throws(GalleyError) -> Change? in
            let actor = try self.actor(explicitID: actorID, in: snapshot)
            let stored = try self.article(id, in: snapshot)
            let request = ArticleStep(
                kind: .assign, article: stored.document.meta.id, actor: actor, note: note, time: Self.now(in: snapshot.config),
                content: nil, assignee: person)
            return try self.change(for: request, on: stored, in: snapshot)
        }
        // English only on purpose: an allowed step always records a change; unreachable.
        guard let step else { throw .failure("internal: assign recorded nothing") }
        return step
    }

    /// Galley's `comment` step: the note alone, as a commit whose tree is its parent's.
    public func comment(_ id: String, note: String, actorID: String?) throws(GalleyError) -> RecordedStep {
        let note = CommitMessage.sanitizedNote(note)
        let step = try write { (snapshot) throws(GalleyError) -> Change? in
            let actor = try self.actor(explicitID: actorID, in: snapshot)
            let stored = try self.article(id, in: snapshot)
            let request = ArticleStep(
                kind: .comment, article: stored.document.meta.id, actor: actor, note: note.isEmpty ? nil : note,
                time: Self.now(in: snapshot.config), content: nil)
            return try self.change(for: request, on: stored, in: snapshot)
        }
        // English only on purpose: an allowed step always records a change; unreachable.
        guard let step else { throw .failure("internal: comment recorded nothing") }
        return step
    }

    /// `people sections ID KEY…`: the sections where a person's section-limited roles act
    /// (none: not limited). Each key is matched like `--section` (label or key, any case or marks).
    public func setSections(id: String, sections given: [String], actorID: String?) throws(GalleyError) -> RecordedStep {
        let config = try snapshot().config
        var keys: [String] = []
        for text in given {
            let text = try TextInput.singleLine(text, what: .assignedSection, maxLength: 80)
            guard let key = config.sections.isEmpty ? nil : config.section(matching: text) else {
                throw GalleyError(
                    .invalidInput,
                    config.sections.isEmpty
                        ? .assignment(.noSectionList(person: id))
                        : .assignment(.unknownPersonSection(person: id, given: text, sections: config.sections.map(\.display))))
            }
            if !keys.contains(key) { keys.append(key) }
        }
        return try changePeople(actorID: actorID, subject: "people: set \(id) sections (\(keys.isEmpty ? "none" : keys.joined(separator: ", ")))") {
            (people, _, _) throws(GalleyError) in
            guard let index = people.people.firstIndex(where: { $0.id == id }) else { throw Self.unknownPerson(id, people) }
            people.people[index].sections = keys
        }
    }
}

extension Newsroom {
    /// What is assigned to `person` comes first in their queue; each part keeps its order.
    static func assignedFirst(_ items: [QueueItem], to person: String) -> [QueueItem] {
        let mine = items.filter { $0.article.document.meta.assignee == person }
        return mine + items.filter { $0.article.document.meta.assignee != person }
    }
}
