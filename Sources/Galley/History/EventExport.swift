/// The audit trail as files: `galley log --format csv/json/jsonl` and the desk's
/// `/log.csv` and `/log.json` are written here, so the two give the same bytes.
public enum EventExport {
    /// The CSV columns: the contract's event fields, in order.
    public static let csvFields = ["commit", "time", "actor", "role", "article", "transition", "from", "to", "note", "outside_workflow"]
    public static var csvHeader: String { CSV.row(csvFields) }

    public static func csvRow(_ event: Event) -> String {
        CSV.row([event.commit, event.time.iso8601, event.actor ?? "", event.role ?? "", event.article ?? "", event.transition ?? "",
                 event.from ?? "", event.to ?? "", event.note ?? "", event.outsideWorkflow ? "true" : "false"])
    }

    /// The contract's event object (design §6): every field present, null when empty.
    public static func json(_ event: Event) -> JSONValue {
        .object([
            ("commit", .string(event.commit)),
            ("time", .string(event.time.iso8601)),
            ("actor", .optional(event.actor)),
            ("role", .optional(event.role)),
            ("article", .optional(event.article)),
            ("transition", .optional(event.transition)),
            ("from", .optional(event.from)),
            ("to", .optional(event.to)),
            ("note", .optional(event.note)),
            ("outside_workflow", .bool(event.outsideWorkflow)),
        ])
    }

    /// The whole CSV file: header, then one line per event, each ending in a line break.
    public static func csv(_ events: [Event]) -> String {
        ([csvHeader] + events.map(csvRow)).map { TerminalText.clean($0) + "\n" }.joined()
    }

    /// The whole JSON file: one pretty array, ending in a line break.
    public static func json(_ events: [Event]) -> String {
        JSONValue.array(events.map(json)).rendered(pretty: true) + "\n"
    }
}
