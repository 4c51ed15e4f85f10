/// The process exit codes of the contract (docs/contract.md §6), named once: the CLI
/// exits with these and its `--help` lists them from here.
public enum ExitStatus: Int32, Sendable, CaseIterable {
    case done = 0
    /// Unknown article or person, I/O, git, corrupt data, a lock not released in time.
    case failure = 1
    /// Refused, nothing written: the workflow, a permission, invalid input, a filter naming nothing.
    case refused = 3
    /// `verify` or `workflow check` found violations.
    case violations = 4
    /// `sync` kept local steps aside as conflicts.
    case conflictsKept = 5
    /// The command line itself: an unknown command or option (EX_USAGE).
    case usage = 64
}
