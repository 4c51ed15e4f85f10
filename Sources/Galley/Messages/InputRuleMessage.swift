/// A value a person typed that breaks one of Galley's rules — a name or email a git signature
/// cannot hold, an id, login or setting name of the wrong shape, an unknown role, time zone or
/// workflow, a date that is none, a body too large, a hook that cannot be installed — as facts for
/// `Catalog+InputRule.swift`. Characters are kept as scalars so each language can name them.
public enum InputRuleMessage: Sendable, Equatable {
    case nameEmpty
    case nameNotSingleLine
    case nameForbiddenCharacter(Unicode.Scalar)
    case nameEdgeSpace(name: String)
    case nameTooLong(length: Int, limit: Int)
    case emailEmpty
    case emailForbiddenCharacter(email: String, character: Unicode.Scalar)
    case emailNeedsOneAt(email: String)
    case emailTooLong(bytes: Int, limit: Int)
    case invalidPersonID(id: String)
    /// `init --admin`: the example differs from a person's (nguyenvana).
    case invalidAdminID(id: String)
    case invalidLogin(login: String)
    case invalidSettingName(key: String)
    case noRoleGiven(roles: [String])
    case unknownRole(role: String, workflow: String, roles: [String])
    case unknownTimeZone(zone: String)
    case workflowWithoutAdmin(workflow: String)
    case unknownWorkflow(name: String, builtIn: [String])
    /// `config set sections …`: one item that is not `key=Label`.
    case malformedSections(item: String)
    /// `log --since/--until`.
    case notADate(text: String)
    case sourceLinkNeedsSource
    case sourceLinkNotHTTP(url: String)
    case bodyTooLarge(bytes: Int, limit: Int)
    case bodyControlCharacter(Unicode.Scalar)
    /// A front matter key that is Galley's own or drives the site.
    case reservedFrontMatterKey(key: String)
    /// `new --from-text`: a news item with no title line, or no paragraph under it.
    case newsItemNoTitle
    case newsItemNoBody(title: String)
    /// `galley desk --proxy-user-header NAME`: not a header name HTTP allows.
    case notAnHTTPHeaderName(name: String)
    /// `galley hook install`.
    case noRepositoryAt(path: String, detail: String)
    case hookNeedsBareRepository(path: String)
    case galleyPathNotAbsolute(path: String)
    case foreignHookInTheWay(path: String)
}
