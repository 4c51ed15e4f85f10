/// Who may change the newsroom's people, rules and files, and what each admin
/// step may touch: declared once, used by the writer (`people …`, `config set`)
/// and by `verify` and the hook. Judged by the people in force before the
/// change, so nobody grants themselves a role and uses it in the same commit.
public enum AdminRule {
    public static let role = "admin"

    /// The role the step is recorded with, or why `actor` may not take it.
    static func authorize(_ actor: Person, _ people: People) throws(StepRefusal) -> String {
        guard actor.active, actor.has(role: role) else {
            let admins = people.people.filter { $0.active && $0.has(role: role) }.map(\.id)
            throw StepRefusal(.adminOnly, .adminOnly(person: actor.id, admins: admins))
        }
        return role
    }

    /// Whether the admin step `step` may change `path`: `people` writes people.yaml only; `config`
    /// writes galley.yaml, workflow.yaml and the newsroom's other files outside `articles/`
    /// (README, site settings). No admin step writes an article: articles change by their own steps.
    static func step(_ step: String, mayChange path: String) -> Bool {
        switch NewsroomPath(path) {
        case .article, .strayArticleFile: return false
        case .rules(let file): return step == StepName.people ? file == People.path : file != People.path
        case .site: return step == StepName.config
        }
    }

    /// A people list the newsroom can live with: someone can still change it.
    static func check(_ people: People) throws(StepRefusal) {
        guard people.people.contains(where: { $0.active && $0.has(role: role) }) else {
            throw StepRefusal(.adminOnly, .noAdminLeft)
        }
    }
}
