import Galley

/// How sync, status and conflicts read in text and JSON.
enum SyncOutput {
    static func text(_ report: SyncReport) -> String {
        var parts = ["sent \(report.sent) step\(report.sent == 1 ? "" : "s")", "received \(report.received)"]
        if !report.conflicts.isEmpty { parts.append("kept \(report.conflicts.count) aside") }
        return "synced with \(report.central): " + parts.joined(separator: ", ")
    }

    /// Plain words for each kept step, and what to do.
    static func conflictAdvice(_ report: SyncReport) -> [String] {
        guard !report.conflicts.isEmpty else { return [] }
        var lines = report.conflicts.map { conflict in
            "your step \"\(conflict.step)\"\(conflict.actor.map { " (by \($0))" } ?? "") could not be applied: \(conflict.reason). Nothing is lost: it is kept as \(conflict.reference)."
        }
        let first = report.conflicts[0].article ?? "ID"
        lines.append(
            "what to do: `galley conflicts` lists kept steps; `galley conflicts show \(first)` shows your text merged into the current one; `galley conflicts resolve \(first)` applies it again as a new step (or retries the step if it is still allowed); `galley conflicts drop \(first)` forgets it.")
        return lines
    }

    static func json(_ report: SyncReport) -> JSONValue {
        .object([
            ("central", .string(report.central)),
            ("sent", .number(report.sent)),
            ("received", .number(report.received)),
            ("attempts", .number(report.attempts)),
            ("conflicts", .array(report.conflicts.map { conflict in
                .object([
                    ("reference", .string(conflict.reference)), ("article", .optional(conflict.article)), ("step", .string(conflict.step)),
                    ("actor", .optional(conflict.actor)), ("reason", .string(conflict.reason)),
                ])
            })),
        ])
    }

    static func text(_ status: SyncStatus) -> String {
        guard let central = status.central else {
            return "no central repository (this newsroom was not cloned with galley clone); \(status.conflicts) kept step\(status.conflicts == 1 ? "" : "s")"
        }
        var lines = ["central: \(central) (\(status.branch))"]
        lines.append("\(status.waiting) local step\(status.waiting == 1 ? "" : "s") waiting to be synced")
        let when = status.lastFetch.map { "as of the last sync, \($0.iso8601)" } ?? "never fetched"
        lines.append(status.incoming == 0 ? "no news from the central repository (\(when))" : "the central repository has \(status.incoming) new step\(status.incoming == 1 ? "" : "s") (\(when)): run galley sync")
        if status.conflicts > 0 { lines.append("\(status.conflicts) kept step\(status.conflicts == 1 ? "" : "s") to resolve: galley conflicts") }
        return lines.joined(separator: "\n")
    }

    static func json(_ status: SyncStatus) -> JSONValue {
        .object([
            ("central", .optional(status.central)), ("branch", .string(status.branch)), ("waiting", .number(status.waiting)),
            ("incoming", .number(status.incoming)), ("last_fetch", .optional(status.lastFetch?.iso8601)), ("conflicts", .number(status.conflicts)),
        ])
    }

    static func json(_ conflict: KeptConflict) -> JSONValue {
        .object([
            ("article", .string(conflict.article)), ("number", .number(conflict.number)), ("reference", .string(conflict.reference)),
            ("commit", .string(conflict.commit.hex)), ("step", .string(conflict.subject)), ("actor", .optional(conflict.actor)),
            ("transition", .optional(conflict.transition)),
        ])
    }
}
