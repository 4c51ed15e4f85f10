import GitKit

/// The push-identity rule of the central hook. Without a signature, a step's trailers are a
/// label anyone can write; when the server names who authenticated for this push, every
/// unsigned step in it must be that person's own (trailers and author both, the author being
/// checked against the actor by `checkActor`). A signed step proves its actor and may travel
/// in anyone's push. `verify` has no pusher and skips this rule: a push's identity is known
/// only while the push happens.
extension Verifier {
    mutating func checkPusher(_ commit: Commit, _ message: CommitMessage, _ people: People) {
        guard let pusher else { return }
        let trailers = message.trailers
        let step = trailers.transition
        let id = commit.id.hex
        guard pusher.contradictions.isEmpty else {
            report(
                id, trailers.article, .pusherMismatch,
                "the server names two pushers, '\(pusher.login)' (\(pusher.source)) and \(pusher.contradictions.joined(separator: ", ")): one was set by the client, so the unsigned \(step) step by \(trailers.actor) is refused (the administrator lets no client variable through to the hook, or the step is signed)")
            return
        }
        guard let person = people.person(login: pusher.login) else {
            report(
                id, trailers.article, .pusherMismatch,
                "pushed by '\(pusher.login)' (\(pusher.source)), whom people.yaml in force does not list as a login: the unsigned \(step) step by \(trailers.actor) is refused (an admin adds the login to people.yaml, or the step is signed)")
            return
        }
        guard person.id != trailers.actor else { return }
        report(
            id, trailers.article, .pusherMismatch,
            "pushed by \(person.id) (login '\(pusher.login)', \(pusher.source)), but the unsigned \(step) step names \(trailers.actor): a step is pushed by the person who took it, unless it is signed")
    }
}
