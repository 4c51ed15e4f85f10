import ArgumentParser

/// `--limit N`: at least one, else a usage error (exit 64).
enum Limit {
    static func check(_ limit: Int?) throws(ValidationError) {
        if let limit, limit < 1 { throw ValidationError(Help.usage(.limitTooSmall(given: limit))) }
    }
}
