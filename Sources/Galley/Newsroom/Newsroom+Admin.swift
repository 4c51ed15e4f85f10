import Foundation

/// Changes to `people.yaml` and `galley.yaml`: commits by an admin, judged by
/// the people in force before the change (its parent), so nobody can grant
/// themselves a role and use it in the same commit.
extension Newsroom {
    public func addPerson(
        id: String, name: String, email: String, roles: [String], keys: [SSHPublicKey] = [], login: String? = nil,
        penName: String? = nil, actorID: String?
    ) throws(GalleyError) -> RecordedStep {
        guard Person.isValidID(id) else {
            throw GalleyError(.invalidInput, .inputRule(.invalidPersonID(id: id)))
        }
        let name = try TextInput.singleLine(name, what: .name)
        let email = try TextInput.singleLine(email, what: .email)
        try PersonIdentity.validate(name: name, email: email)
        let penName = try penName.map { (text) throws(GalleyError) in try Person.validPenName(text) }
        return try changePeople(actorID: actorID, subject: "people: add \(id) (\(roles.joined(separator: ", ")))") {
            (people, workflow, now) throws(GalleyError) in
            guard people.person(id) == nil else {
                throw GalleyError(refusal: .workspace(.personAlreadyListed(person: id)))
            }
            if let other = people.people.first(where: { $0.email.lowercased() == email.lowercased() }) {
                throw GalleyError(refusal: .workspace(.emailTaken(email: email, owner: other.id)))
            }
            try Self.checkRoles(roles, in: workflow)
            people.people.append(Person(id: id, name: name, email: email, roles: roles, penName: penName))
            // Also without a login: their id must not be someone else's login.
            try Self.setLogin(login, of: id, in: &people)
            for key in keys { try Self.addKey(key, to: id, in: &people, at: now) }
        }
    }

    /// Gives a person the user name the central git server knows them by (nil: their id again).
    public func setLogin(id: String, login: String?, actorID: String?) throws(GalleyError) -> RecordedStep {
        try changePeople(actorID: actorID, subject: "people: set \(id) login (\(login ?? id))") {
            (people, _, _) throws(GalleyError) in
            try Self.setLogin(login, of: id, in: &people)
        }
    }

    /// One user name, one person: the server's word must never stand for two people.
    private static func setLogin(_ login: String?, of id: String, in people: inout People) throws(GalleyError) {
        guard let index = people.people.firstIndex(where: { $0.id == id }) else { throw unknownPerson(id, people) }
        if let login, !Person.isValidLogin(login) {
            throw GalleyError(.invalidInput, .inputRule(.invalidLogin(login: login)))
        }
        let wanted = login ?? id
        var person = people.people[index]
        person.login = login == id ? nil : login
        if let other = people.sharingName(with: person) {
            throw GalleyError(refusal: .workspace(.loginTaken(login: wanted, owner: other.id)))
        }
        people.people[index] = person
    }

    /// Replaces a person's roles (and reactivates them when `activate`).
    public func setRoles(id: String, roles: [String], actorID: String?) throws(GalleyError) -> RecordedStep {
        try changePeople(actorID: actorID, subject: "people: set \(id) roles (\(roles.joined(separator: ", ")))") {
            (people, workflow, _) throws(GalleyError) in
            try Self.checkRoles(roles, in: workflow)
            guard let index = people.people.firstIndex(where: { $0.id == id }) else { throw Self.unknownPerson(id, people) }
            people.people[index].roles = roles
            people.people[index].active = true
        }
    }

    /// Deactivates a person: they stay listed (history keeps naming them) but may take no step.
    public func deactivate(id: String, actorID: String?) throws(GalleyError) -> RecordedStep {
        try changePeople(actorID: actorID, subject: "people: deactivate \(id)") { (people, _, _) throws(GalleyError) in
            guard let index = people.people.firstIndex(where: { $0.id == id }) else { throw Self.unknownPerson(id, people) }
            guard people.people[index].active else { throw GalleyError(refusal: .workspace(.alreadyDeactivated(person: id))) }
            people.people[index].active = false
        }
    }

    /// `config set KEY VALUE`: one `config` commit by an admin.
    public func setConfig(key: String, value: String, actorID: String?) throws(GalleyError) -> RecordedStep {
        let value = try TextInput.singleLine(value, what: .value)
        guard key.range(of: "^[a-z][a-z0-9_.-]*$", options: .regularExpression) != nil else {
            throw GalleyError(.invalidInput, .inputRule(.invalidSettingName(key: key)))
        }
        let step = try write { (snapshot) throws(GalleyError) -> Change? in
            let actor = try self.actor(explicitID: actorID, in: snapshot)
            let role = try Self.requireAdmin(actor, snapshot.people)
            var text = snapshot.config.rendered()
            var config = snapshot.config
            switch key {
            case "name": config.name = value
            case "language": config.language = value
            case "timezone": config.timeZoneIdentifier = value
            case NewsroomConfig.sectionsKey: config.sections = try NewsroomSection.list(value)
            case "branch":
                throw GalleyError(refusal: .workspace(.branchNotSettable))
            default:
                if let index = config.extra.firstIndex(where: { $0.key == key }) {
                    config.extra[index].value = value
                } else {
                    config.extra.append((key, value))
                }
            }
            text = config.rendered()
            // Parse what we are about to write: a bad value is refused here, not found later.
            _ = try NewsroomConfig.parse(text)
            do throws(StepRefusal) { try PeopleSections.check(snapshot.people, config) } catch { throw error.error }
            guard try snapshot.fileText(NewsroomConfig.path) != text else { return nil }
            let now = Self.now(in: snapshot.config)
            let message = CommitMessage(
                subject: "config: set \(key)", note: nil,
                trailers: GalleyTrailers(article: nil, transition: StepName.config, from: nil, to: nil, actor: actor.id, role: role))
            var change = Change(files: [.init(path: NewsroomConfig.path, content: text)], message: message, actor: actor, time: now)
            change.turnsOnSigning = config.signingRequired && !snapshot.config.signingRequired
            return change
        }
        guard let step else { throw GalleyError(refusal: .workspace(.settingUnchanged(key: key, value: value))) }
        return step
    }

    func changePeople(
        actorID: String?, subject: String, _ mutate: (inout People, Workflow, Timestamp) throws(GalleyError) -> Void
    ) throws(GalleyError) -> RecordedStep {
        let step = try write { (snapshot) throws(GalleyError) -> Change? in
            let actor = try self.actor(explicitID: actorID, in: snapshot)
            let role = try Self.requireAdmin(actor, snapshot.people)
            var people = snapshot.people
            let now = Self.now(in: snapshot.config)
            try mutate(&people, snapshot.workflow, now)
            do throws(StepRefusal) { try AdminRule.check(people) } catch { throw error.error }
            do throws(StepRefusal) { try PeopleSections.check(people, snapshot.config) } catch { throw error.error }
            // Compared with the file at the tip, not the rules in force: rewriting a broken file is a repair.
            guard try snapshot.fileText(People.path) != people.rendered() else {
                throw GalleyError(refusal: .workspace(.peopleUnchanged))
            }
            let message = CommitMessage(
                subject: subject, note: nil,
                trailers: GalleyTrailers(article: nil, transition: StepName.people, from: nil, to: nil, actor: actor.id, role: role))
            return Change(files: [.init(path: People.path, content: people.rendered())], message: message, actor: actor, time: now)
        }
        // English only on purpose: an allowed step always records a change; unreachable.
        guard let step else { throw .failure("internal: people change recorded nothing") }
        return step
    }

    static func requireAdmin(_ actor: Person, _ people: People) throws(GalleyError) -> String {
        do throws(StepRefusal) { return try AdminRule.authorize(actor, people) } catch { throw error.error }
    }

    static func checkRoles(_ roles: [String], in workflow: Workflow) throws(GalleyError) {
        guard !roles.isEmpty else { throw GalleyError(.invalidInput, .inputRule(.noRoleGiven(roles: workflow.roles))) }
        for role in roles where !workflow.roles.contains(role) {
            throw GalleyError(.invalidInput, .inputRule(.unknownRole(role: role, workflow: workflow.name, roles: workflow.roles)))
        }
    }

    static func unknownPerson(_ id: String, _ people: People) -> GalleyError {
        GalleyError(.notFound, .input(.unknownPersonListed(person: id, known: people.people.map(\.id))))
    }
}
