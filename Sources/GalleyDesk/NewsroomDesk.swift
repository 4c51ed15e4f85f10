import Foundation
import Galley

/// The one `Newsroom` the desk works on, behind an actor: `Newsroom` is a class of one
/// thread's use (the CLI's), so requests take turns with it. Each call reads the tip
/// afresh, so steps taken meanwhile by the CLI or a sync are seen at once.
actor NewsroomDesk {
    private let newsroom: Newsroom

    init(_ configuration: DeskConfiguration) throws(GalleyError) {
        newsroom = try Newsroom.open(path: configuration.repository, currentDirectory: configuration.currentDirectory)
        // Never the server account's key (GALLEY_SIGNING_KEY, git config): only people's desk keys.
        newsroom.signingSource = .deskKey(nil)
    }

    /// Runs a write (a step, a save) signed with the session's desk key, the CLI's call path with a signer.
    func write<Value: Sendable>(
        signingWith session: Sessions.Session?, _ body: @Sendable (Newsroom) throws(GalleyError) -> Value
    ) throws(GalleyError) -> Value {
        defer { _ = newsroom.takeNotices() }
        let newsroom = self.newsroom
        return try newsroom.signing(with: session?.deskKey) { () throws(GalleyError) in try body(newsroom) }
    }

    /// Runs `body` with the newsroom; what it returns must be safe to hand to another task.
    func run<Value: Sendable>(_ body: @Sendable (Newsroom) throws(GalleyError) -> Value) throws(GalleyError) -> Value {
        defer { _ = newsroom.takeNotices() }
        return try body(newsroom)
    }
}
