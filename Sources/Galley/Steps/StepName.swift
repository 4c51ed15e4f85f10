/// The names Galley writes in `Galley-Transition`, declared once. Besides
/// these, every transition of the workflow in force is a step name.
public enum StepName {
    /// The first commit of a newsroom: adds galley.yaml, workflow.yaml and people.yaml.
    public static let initialize = "init"
    /// The workflow's transition that starts an article.
    public static let create = "create"
    /// A content revision: From = To = the article's state.
    public static let revise = "revise"
    /// An admin's change of people.yaml.
    public static let people = "people"
    /// An admin's change of galley.yaml, workflow.yaml or the files outside `articles/`.
    public static let config = "config"

    /// Sets, changes or lifts an article's embargo: the front matter's `embargo`, no change of state.
    public static let embargo = "embargo"
    /// Adds a photo or file to the article's folder: no change of state.
    public static let attach = "attach"
    /// Removes one: no change of state.
    public static let detach = "detach"
    /// Gives an article to the person who should take its next step (`assignee`), or clears it; no change of state.
    public static let assign = "assign"
    /// A note for the record that changes no file: the commit's tree is its parent's.
    public static let comment = "comment"

    /// Steps that change the newsroom's rules or files, not an article.
    public static let adminSteps: Set<String> = [people, config]
    /// Names a workflow may not give its own transitions: they mean something else.
    public static let reserved: Set<String> = [initialize, revise, people, config, embargo, attach, detach, assign, comment]
}
