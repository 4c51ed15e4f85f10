import GitKit

/// Runs a GitKit call and turns its `GitError` into a domain failure (exit 1)
/// that says what Galley was doing.
@inline(__always)
func git<T>(_ what: @autoclosure () -> String, _ body: () throws(GitError) -> T) throws(GalleyError) -> T {
    do {
        return try body()
    } catch {
        throw GalleyError(.failure, .repository(.gitFailed(doing: what(), detail: error.message.isEmpty ? error.description : error.message)))
    }
}
