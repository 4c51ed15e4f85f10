import Foundation
import Galley

/// Signed-in people, by the random token in their session cookie. Kept in memory: a
/// restart of the desk signs everyone out, and no session ever reaches the repository.
actor Sessions {
    struct Session: Sendable {
        var person: String
        /// The anti-forgery token every form of this session carries.
        var formToken: String
        var started: Date
        var lastSeen: Date
        /// The person's desk key, opened with the password they signed in with; it lives only
        /// here, in this process's memory, and goes when the session ends or expires.
        var deskKey: DeskKey?
    }

    /// Idle this long, a session ends (a shift's pause); at most `lifetime` in all.
    static let idleLimit: TimeInterval = 2 * 60 * 60
    static let lifetime: TimeInterval = 12 * 60 * 60

    private var sessions: [String: Session] = [:]
    private let clock: @Sendable () -> Date

    init(clock: @escaping @Sendable () -> Date = Date.init) { self.clock = clock }

    /// A new session for `person`: its cookie token and its form token.
    func start(for person: String, deskKey: DeskKey? = nil) -> (token: String, session: Session) {
        let now = clock()
        sweep(now)
        let token = Token.make()
        let session = Session(person: person, formToken: Token.make(), started: now, lastSeen: now, deskKey: deskKey)
        sessions[token] = session
        return (token, session)
    }

    /// The live session of this cookie token (seen now), or nil when there is none or it expired.
    func session(_ token: String?) -> Session? {
        guard let token, var session = sessions[token] else { return nil }
        let now = clock()
        guard now.timeIntervalSince(session.lastSeen) < Self.idleLimit, now.timeIntervalSince(session.started) < Self.lifetime else {
            sessions[token] = nil
            return nil
        }
        session.lastSeen = now
        sessions[token] = session
        return session
    }

    func end(_ token: String?) {
        if let token { sessions[token] = nil }
    }

    /// Ends every session of `person` but the one of `kept` (their password changed: a
    /// browser left signed in elsewhere must not stay so); how many were ended.
    func end(person: String, except kept: String?) -> Int {
        let others = sessions.filter { $0.value.person == person && $0.key != kept }.map(\.key)
        for token in others { sessions[token] = nil }
        return others.count
    }

    private func sweep(_ now: Date) {
        sessions = sessions.filter {
            now.timeIntervalSince($0.value.lastSeen) < Self.idleLimit && now.timeIntervalSince($0.value.started) < Self.lifetime
        }
    }
}
