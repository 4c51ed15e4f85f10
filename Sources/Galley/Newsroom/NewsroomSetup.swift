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

    public init(
        path: String, bare: Bool = false, adminID: String, adminName: String, adminEmail: String? = nil,
        workflow: String = "standard", newsroomName: String = "Tòa soạn", timeZone: String = "Asia/Ho_Chi_Minh"
    ) {
        self.path = path
        self.bare = bare
        self.adminID = adminID
        self.adminName = adminName
        self.adminEmail = adminEmail
        self.workflow = workflow
        self.newsroomName = newsroomName
        self.timeZone = timeZone
    }
}

extension Newsroom {
    /// Creates a newsroom repository from the built-in template: `galley.yaml`,
    /// `workflow.yaml`, `people.yaml` with the admin, the README; one commit
    /// by the admin with `Galley-Transition: init`. Refuses a non-empty folder.
    public static func initialize(_ setup: NewsroomSetup) throws(GalleyError) -> (Newsroom, RecordedStep) {
        guard Person.isValidID(setup.adminID) else {
            throw .invalidInput("admin id '\(setup.adminID)' is not valid: use lowercase letters, digits, '.', '_' or '-' (e.g. nguyenvana)")
        }
        let adminName = try TextInput.singleLine(setup.adminName, what: "the admin's name")
        let newsroomName = try TextInput.singleLine(setup.newsroomName, what: "the newsroom name")
        let email = try TextInput.singleLine(setup.adminEmail ?? "\(setup.adminID)@galley.invalid", what: "the admin's email")
        try PersonIdentity.validate(name: adminName, email: email)
        guard TimeZone(identifier: setup.timeZone) != nil else {
            throw .invalidInput("unknown time zone '\(setup.timeZone)': use an IANA name such as Asia/Ho_Chi_Minh")
        }
        let workflowText = try workflowText(setup.workflow)
        let workflow = try WorkflowLoader.load(workflowText, path: setup.workflow)
        guard workflow.roles.contains(AdminRule.role) else {
            throw .invalidInput("workflow '\(workflow.name)' has no 'admin' role: add it to roles so someone can manage people and settings")
        }
        try checkEmptyTarget(setup.path)

        var config = NewsroomConfig(name: newsroomName, timeZoneIdentifier: setup.timeZone)
        config.branch = "main"
        let admin = Person(id: setup.adminID, name: adminName, email: email, roles: [AdminRule.role])
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

        let repository: Repository
        do {
            repository = try Repository.create(at: setup.path, bare: setup.bare, initialBranch: config.branch)
        } catch {
            throw .failure("could not create a repository at \(setup.path): \(error.message)")
        }
        let newsroom = Newsroom(repository: repository, branchReference: "refs/heads/\(config.branch)")
        let now = now(in: config)
        let message = CommitMessage(
            subject: "init: \(newsroomName)", note: nil,
            trailers: GalleyTrailers(article: nil, transition: StepName.initialize, from: nil, to: nil, actor: admin.id, role: AdminRule.role))
        let change = Change(files: files, message: message, actor: admin, time: now, articlePath: nil)
        let step = try newsroom.record(change, onto: nil, syncWorkTree: false)
        if !setup.bare {
            try git("laying out the work tree", { () throws(GitError) in try repository.checkoutHead() })
        }
        return (newsroom, step)
    }

    private static func workflowText(_ name: String) throws(GalleyError) -> String {
        if let builtIn = BuiltIn.workflow(named: name) { return builtIn }
        guard name.hasSuffix(".yaml") || name.hasSuffix(".yml") || name.contains("/") else {
            throw .invalidInput("unknown workflow '\(name)': built in are \(BuiltIn.workflowNames.joined(separator: ", ")), or give the path of a .yaml file")
        }
        guard let data = FileManager.default.contents(atPath: name) else { throw .notFound("cannot read workflow file \(name)") }
        return try TextInput.decode(data, what: name, limit: 1024 * 1024)
    }

    private static func checkEmptyTarget(_ path: String) throws(GalleyError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else { throw .refused("\(path) is a file: choose a new folder for the newsroom") }
        let contents = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        guard contents.isEmpty else {
            throw .refused("\(path) is not empty: galley init makes a new newsroom in a new or empty folder, so nothing there is overwritten")
        }
    }
}
