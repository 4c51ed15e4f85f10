/// What a reporter gives when starting an article.
public struct NewArticle: Sendable {
    public var title: String
    public var section: String?
    public var tags: [String]
    public var byline: String?
    public var body: String

    public init(title: String, section: String? = nil, tags: [String] = [], byline: String? = nil, body: String = "") {
        self.title = title
        self.section = section
        self.tags = tags
        self.byline = byline
        self.body = body
    }
}

extension Newsroom {
    /// The workflow's `create` step: a new `index.md` in the initial state, one commit.
    public func create(_ input: NewArticle, actorID: String?) throws(GalleyError) -> RecordedStep {
        let title = try TextInput.singleLine(input.title, what: "the title")
        let section = try input.section.map { (text) throws(GalleyError) in try TextInput.singleLine(text, what: "the section", maxLength: 80) }
        var tags: [String] = []
        for tag in input.tags {
            let clean = try TextInput.singleLine(tag, what: "a tag", maxLength: 80)
            if !tags.contains(clean) { tags.append(clean) }
        }
        let byline = try input.byline.map { (text) throws(GalleyError) in try TextInput.singleLine(text, what: "the byline") }
        let body = ArticleBody.normalized(input.body)

        let step = try write { (snapshot) throws(GalleyError) -> Change? in
            let actor = try self.actor(explicitID: actorID, in: snapshot)
            let workflow = snapshot.workflow
            let (transition, role) = try workflow.authorize(Workflow.createTransition, on: nil, by: actor, note: nil)
            // The index is caught up to the tip under the write lock, so its ids are exact;
            // without a usable index, the tree is scanned.
            let id: String
            if let index = self.usableIndex() {
                id = try ArticleID.unique(from: title) { (candidate) throws(GalleyError) in try index.contains(candidate) }
            } else {
                let existing = Set(try snapshot.articlePaths().map(\.id))
                id = try ArticleID.unique(from: title) { (candidate) throws(GalleyError) in existing.contains(candidate) }
            }
            let now = Self.now(in: snapshot.config)
            let state = transition.to
            let meta = ArticleMeta(
                id: id, title: title, state: state, draft: !(workflow.state(state)?.isPublished ?? false), author: actor.id,
                byline: byline ?? actor.name, section: section, tags: tags, created: now, updated: now)
            let path = ArticleLayout.path(id: id, created: now)
            let message = CommitMessage(
                subject: CommitMessage.subject(transition: transition.name, title: title, from: nil, to: state), note: nil,
                trailers: GalleyTrailers(article: id, transition: transition.name, from: nil, to: state, actor: actor.id, role: role))
            return Change(
                files: [.init(path: path, content: ArticleDocument(meta: meta, body: body).rendered())], message: message,
                actor: actor, time: now, articlePath: path)
        }
        guard let step else { throw .failure("internal: create recorded nothing") }
        return step
    }
}

/// Article body text as Galley stores it: NFC, LF, ending in one newline.
enum ArticleBody {
    static func normalized(_ text: String) -> String {
        var body = TextInput.normalize(text)
        while body.last?.isNewline == true || body.last == " " || body.last == "\t" { body.removeLast() }
        while body.first?.isNewline == true { body.removeFirst() }
        return body.isEmpty ? "" : body + "\n"
    }
}
