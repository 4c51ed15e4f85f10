/// One article a search found, and how well it matched (higher is better: bm25 negated).
/// A struct, not a tuple, so a listing row can be the hit itself and is written where it lies
/// instead of being copied into a row of its own (issue 15). Only the index makes them.
public struct SearchHit: Sendable, Equatable {
    public var article: StoredArticle
    public var score: Double
}
