import Galley

/// The JSON of a correction's notice and of a retraction (contract §11): facts in English keys,
/// the same names as in the front matter.
extension ContractJSON {
    static func notice(_ notice: CorrectionNotice) -> JSONValue {
        .object([
            ("original_title", .string(notice.originalTitle)),
            ("section", .optional(notice.section)),
            ("published", .string(notice.published.iso8601)),
            ("title_was", .optional(notice.titleWas)),
            ("wrong", .array(notice.wrong.map(JSONValue.string))),
            ("corrected", .array(notice.corrected.map(JSONValue.string))),
        ])
    }

    static func retraction(_ retraction: Retraction) -> JSONValue {
        .object([("time", .string(retraction.time.iso8601)), ("actor", .string(retraction.actor)), ("reason", .string(retraction.reason))])
    }
}
