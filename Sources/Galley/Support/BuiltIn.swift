/// The workflows and the newsroom template compiled into the binary
/// (from `workflows/` and `repo-template/`), so galley works from any directory.
public enum BuiltIn {
    /// Names of the built-in workflows: `standard`, `three-level`, `simple`.
    public static var workflowNames: [String] {
        EmbeddedResources.files.keys.filter { $0.hasPrefix("workflows/") && $0.hasSuffix(".yaml") }
            .map { String($0.dropFirst("workflows/".count).dropLast(".yaml".count)) }.sorted()
    }

    /// The text of a built-in workflow, or nil.
    public static func workflow(named name: String) -> String? {
        EmbeddedResources.files["workflows/\(name).yaml"].map { String(decoding: $0, as: UTF8.self) }
    }

    /// Files of `repo-template/`, path relative to the template root.
    static var templateFiles: [(path: String, text: String)] {
        EmbeddedResources.files.filter { $0.key.hasPrefix("repo-template/") }
            .map { (String($0.key.dropFirst("repo-template/".count)), String(decoding: $0.value, as: UTF8.self)) }
            .sorted { $0.path < $1.path }
    }
}
