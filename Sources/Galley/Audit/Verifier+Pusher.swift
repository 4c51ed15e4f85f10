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
                .pushersContradict(login: pusher.login, source: pusher.source, others: pusher.contradictions, step: step, actor: trailers.actor))
            return
        }
        guard let person = people.person(login: pusher.login) else {
            report(
                id, trailers.article, .pusherMismatch,
                .pusherUnknownLogin(login: pusher.login, source: pusher.source, step: step, actor: trailers.actor))
            return
        }
        guard person.id != trailers.actor else { return }
        report(
            id, trailers.article, .pusherMismatch,
            .pusherNotActor(person: person.id, login: pusher.login, source: pusher.source, step: step, actor: trailers.actor))
    }
}
