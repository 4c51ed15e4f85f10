extension Newsroom {
    /// The ids of the articles `reference` may mean at the tip (or `revision`): the article
    /// whose id it is, when there is one (an exact id always wins), else every id that
    /// begins with it, sorted. Empty when it names none.
    public func articleIDs(startingWith reference: String, at revision: String? = nil) throws(GalleyError) -> [String] {
        guard !reference.isEmpty else { return [] }
        let snapshot = try snapshot(at: revision)
        if ArticleID.isValid(reference) {
            do throws(GalleyError) {
                _ = try article(reference, in: snapshot)
                return [reference]
            } catch {
                // Not an id: perhaps the beginning of one.
                guard error.kind == .notFound else { throw error }
            }
        }
        let ids = try snapshot.articlePaths().map(\.id)
        if ids.contains(reference) { return [reference] }
        return ids.filter { $0.hasPrefix(reference) }.sorted()
    }
}
