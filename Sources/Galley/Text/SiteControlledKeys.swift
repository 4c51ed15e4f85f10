/// Front matter keys an article's writer may not add as extra fields. Hugo reads keys
/// without regard to case, so `Draft: false` beside Galley's `draft: true` publishes a
/// draft on the site, and `Resources:` replaces the photos' captions and credits; other
/// keys move the page or its dates, or make pages for other addresses (found by a
/// red-team pass). Galley's own keys in any case, and these, are refused in every step
/// that carries text, by the writer and by `verify` alike (`ArticleContent.validated`).
enum SiteControlledKeys {
    /// Hugo's keys that decide whether, when and where a page is shown (lowercased).
    static let hugo: Set<String> = [
        "date", "publishdate", "pubdate", "published", "expirydate", "unpublishdate", "lastmod", "modified",
        "draft", "resources", "_build", "build", "headless", "url", "slug", "aliases", "outputs", "cascade",
    ]

    /// Whether `key` may not be an extra field: Galley's own in any case, or one of Hugo's above.
    static func isReserved(_ key: String) -> Bool {
        let folded = key.lowercased()
        return hugo.contains(folded) || ArticleMetaKeys.all.contains { $0.lowercased() == folded }
    }
}
