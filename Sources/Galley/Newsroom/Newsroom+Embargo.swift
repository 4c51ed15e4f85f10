extension Newsroom {
    /// Galley's `embargo` step: sets or moves (`until`) or lifts (nil) the time before which the
    /// article may not be published. One commit; the state stays. `until` is read in the
    /// newsroom's time zone like `publish --at`.
    public func embargo(_ id: String, until: String?, note: String?, actorID: String?) throws(GalleyError) -> RecordedStep {
        let note = note.map(CommitMessage.sanitizedNote).flatMap { $0.isEmpty ? nil : $0 }
        let step = try write { (snapshot) throws(GalleyError) -> Change? in
            let actor = try self.actor(explicitID: actorID, in: snapshot)
            let stored = try self.article(id, in: snapshot)
            let request = ArticleStep(
                kind: .embargo, article: stored.document.meta.id, actor: actor, note: note, time: Self.now(in: snapshot.config),
                content: nil, embargoUntil: try until.map { (text) throws(GalleyError) in try snapshot.config.time(text, option: "--until") })
            return try self.change(for: request, on: stored, in: snapshot)
        }
        // English only on purpose: an allowed step always records a change; unreachable.
        guard let step else { throw .failure("internal: embargo recorded nothing") }
        return step
    }
}

extension NewsroomConfig {
    /// A time as a person types it — "2026-12-02 06:00", "2026-12-02" (midnight), or ISO 8601
    /// with an offset — read in the newsroom's time zone and written at its offset.
    public func time(_ text: String, option: String) throws(GalleyError) -> Timestamp {
        guard let time = Timestamp.parseBound(text, timeZone: timeZone, endOfDay: false) else {
            throw GalleyError(.invalidInput, .editorial(.unreadableTime(given: text, option: option, timeZone: timeZoneIdentifier)))
        }
        return Timestamp(date: time.date, timeZone: timeZone)
    }
}
