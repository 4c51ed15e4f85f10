import Foundation
import GitKit

/// What `galley init` needs to make a newsroom.
public struct NewsroomSetup: Sendable {
    public var path: String
    public var bare: Bool
    public var adminID: String
    public var adminName: String
    public var adminEmail: String?
    /// A built-in workflow name, or the path of a workflow file.
    public var workflow: String
    public var newsroomName: String
    public var timeZone: String
    /// The admin's public key file (`--admin-key`): makes a signed newsroom, signed from its first commit.
    public var adminKeyFile: String?

    public init(
        path: String, bare: Bool = false, adminID: String, adminName: String, adminEmail: String? = nil,
        workflow: String = "standard", newsroomName: String = "Tòa soạn", timeZone: String = "Asia/Ho_Chi_Minh",
        adminKeyFile: String? = nil
    ) {
        self.path = path
        self.bare = bare
        self.adminID = adminID
        self.adminName = adminName
        self.adminEmail = adminEmail
        self.workflow = workflow
        self.newsroomName = newsroomName
        self.timeZone = timeZone
        self.adminKeyFile = adminKeyFile
    }
}

extension Newsroom {
    /// Creates a newsroom repository from the built-in template: `galley.yaml`,
    /// `workflow.yaml`, `people.yaml` with the admin, the README; one commit
    /// by the admin with `Galley-Transition: init`. Refuses a non-empty folder.
    /// With an admin key the newsroom is signed (`signing: required`) and so is this commit.
    /// Everything is checked before the folder is touched; a failure after that removes what
    /// was created, so a failed init leaves nothing behind.
    public static func initialize(_ setup: NewsroomSetup) throws(GalleyError) -> (Newsroom, RecordedStep) {
        guard Person.isValidID(setup.adminID) else {
            throw GalleyError(.invalidInput, .inputRule(.invalidAdminID(id: setup.adminID)))
        }
        let adminName = try TextInput.singleLine(setup.adminName, what: .adminName)
        let newsroomName = try TextInput.singleLine(setup.newsroomName, what: .newsroomName)
        let email = try TextInput.singleLine(setup.adminEmail ?? "\(setup.adminID)@galley.invalid", what: .adminEmail)
        try PersonIdentity.validate(name: adminName, email: email)
        guard TimeZone(identifier: setup.timeZone) != nil else {
            throw GalleyError(.invalidInput, .inputRule(.unknownTimeZone(zone: setup.timeZone)))
        }
        let workflowText = try workflowText(setup.workflow)
        let workflow = try WorkflowLoader.load(workflowText, path: setup.workflow)
        guard workflow.roles.contains(AdminRule.role) else {
            throw GalleyError(.invalidInput, .inputRule(.workflowWithoutAdmin(workflow: workflow.name)))
        }
        let adminKey = try setup.adminKeyFile.map { (file) throws(GalleyError) in try SSHPublicKey.read(file: file) }
        let signer = try adminKey.map { (key) throws(GalleyError) in try initSigner(for: key, keyFile: setup.adminKeyFile ?? "") }
        defer { signer?.cleanUp() }
        let target = try InitTarget.check(setup.path)

        var config = NewsroomConfig(name: newsroomName, timeZoneIdentifier: setup.timeZone)
        config.branch = "main"
        if adminKey != nil { config.extra.append((NewsroomConfig.signingKey, "required")) }
        config.sections = NewsroomSection.defaults
        config.extra.append((NewsroomConfig.pressLawNoticesKey, "true"))
        let now = now(in: config)
        var admin = Person(id: setup.adminID, name: adminName, email: email, roles: [AdminRule.role])
        if let adminKey { admin.keys = [PersonKey(key: adminKey, added: now)] }
        var files: [Change.File] = [
            .init(path: NewsroomConfig.path, content: config.rendered()),
            .init(path: workflowPath, content: workflowText),
            .init(path: People.path, content: People([admin]).rendered()),
        ]
        for template in BuiltIn.templateFiles where !files.contains(where: { $0.path == template.path }) {
            let text = template.text.replacingOccurrences(of: "{{newsroom}}", with: newsroomName)
                .replacingOccurrences(of: "{{workflow}}", with: workflow.name)
            files.append(.init(path: template.path, content: text))
        }
        let message = CommitMessage(
            subject: "init: \(newsroomName)", note: nil,
            trailers: GalleyTrailers(article: nil, transition: StepName.initialize, from: nil, to: nil, actor: admin.id, role: AdminRule.role))
        let change = Change(files: files, message: message, actor: admin, time: now, articlePath: nil)

        let repository: Repository
        do {
            repository = try Repository.create(at: setup.path, bare: setup.bare, initialBranch: config.branch)
        } catch {
            target.undo()
            throw GalleyError(.failure, .localFile(.repositoryNotCreated(path: setup.path, detail: error.message)))
        }
        do {
            let newsroom = Newsroom(repository: repository, branchReference: "refs/heads/\(config.branch)")
            let step = try newsroom.record(change, onto: nil, syncWorkTree: false, signer: signer)
            if !setup.bare {
                try git("laying out the work tree", { () throws(GitError) in try repository.checkoutHead() })
            } else {
                try PackAttributes.install(gitDirectory: repository.gitDirectory)
            }
            return (newsroom, step)
        } catch {
            target.undo()
            throw GalleyError(error.kind, .initUndone(reason: error.message))
        }
    }

    private static func workflowText(_ name: String) throws(GalleyError) -> String {
        if let builtIn = BuiltIn.workflow(named: name) { return builtIn }
        guard name.hasSuffix(".yaml") || name.hasSuffix(".yml") || name.contains("/") else {
            throw GalleyError(.invalidInput, .inputRule(.unknownWorkflow(name: name, builtIn: BuiltIn.workflowNames)))
        }
        guard let data = FileManager.default.contents(atPath: name) else {
            throw GalleyError(.notFound, .input(.unreadableFile(path: name, reason: .of(name))))
        }
        return try TextInput.decode(data, what: name, limit: 1024 * 1024)
    }
}
