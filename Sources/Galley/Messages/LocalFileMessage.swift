/// What went wrong with a file, a folder or a program on the person's own machine — the editor,
/// the desk's password and desk-key files, the article index, the hook's article directory, a
/// lock file — as facts, so `Catalog+LocalFile.swift` says them in both languages. `detail` is
/// the system's own words (English, from the C library or Foundation).
public enum LocalFileMessage: Sendable, Equatable {
    /// `galley edit` cannot start the shell that runs the editor.
    case editorNotStarted(editor: String, detail: String)
    /// The editor ended with a non-zero status (127: the shell cannot find it); nothing was committed.
    case editorFailed(editor: String, status: Int32)
    /// After a failed `galley edit` in a bare repository: where the edited text still is.
    case editedTextKept(path: String)
    /// A file Galley replaces or writes (a temporary copy for the editor, a secret file, a hook, git's attributes).
    case fileNotWritten(path: String, detail: String)
    case folderNotCreated(path: String, detail: String)
    /// A file that exists but cannot be read (the password file, the desk-key file).
    case fileNotRead(path: String)
    /// A line of `$GIT_DIR/galley/passwords` that is not `id:scrypt$…`.
    case malformedPasswordLine(path: String)
    /// A line of `$GIT_DIR/galley/desk-keys` that is not `id ssh-ed25519 KEY scrypt-chachapoly$…`.
    case malformedDeskKeyLine(path: String)
    /// A stored password whose scrypt parameters are out of range (a hand-edited password file).
    case passwordParametersOutOfRange(costLog2: Int, blockSize: Int, parallelism: Int)
    case lockNotOpened(path: String, detail: String)
    case lockNotTaken(path: String, detail: String)
    /// The repository's (or the central repository's) write lock failed for another reason than waiting.
    case writeLockFailed(central: String?, detail: String)
    /// The article index (`$GIT_DIR/galley/index.sqlite`), a cache.
    case indexNotCreated(path: String, detail: String)
    case indexNotUpdated(path: String, detail: String)
    case indexNotRead(path: String, detail: String)
    /// The pre-receive hook's article directory (a cache beside the central repository).
    case hookDirectoryNotUsable(path: String, detail: String)
    case hookDirectoryNotRead(detail: String)
    /// `galley init` could not make the git repository at `path`.
    case repositoryNotCreated(path: String, detail: String)
    /// The pre-receive hook could not open the repository git describes in its environment.
    case repositoryNotOpenedFromEnvironment(detail: String)
    /// `galley hook install` cannot find the path of its own binary.
    case binaryNotLocated
}
