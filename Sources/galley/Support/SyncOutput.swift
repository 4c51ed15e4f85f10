import Galley

/// How sync, status and conflicts read in text and JSON.
enum SyncOutput {
    static func text(_ report: SyncReport) -> String {
        say(.synced(central: report.central, sent: report.sent, received: report.received, keptAside: report.conflicts.count))
    }

    /// Plain words for each kept step, and what to do.
    static func conflictAdvice(_ report: SyncReport) -> [String] {
        guard let first = report.conflicts.first else { return [] }
        var lines = report.conflicts.map { conflict in
            say(.keptAside(step: conflict.step, actor: conflict.actor, reason: Catalog.render(conflict.why, in: Terminal.language),
                           reference: conflict.reference))
        }
        lines.append(say(.conflictAdvice(article: first.article ?? "ID")))
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
        guard let central = status.central else { return say(.noCentral(conflicts: status.conflicts)) }
        var lines = [say(.central(url: central, branch: status.branch)), say(.waiting(status.waiting)),
                     say(.incoming(status.incoming, lastFetch: status.lastFetch))]
        if status.conflicts > 0 { lines.append(say(.conflictsToResolve(status.conflicts))) }
        return lines.joined(separator: "\n")
    }

    private static func say(_ fact: SyncMessage) -> String { Catalog.render(.sync(fact), in: Terminal.language) }

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
