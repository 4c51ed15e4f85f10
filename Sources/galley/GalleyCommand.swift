import ArgumentParser
import Galley

struct GalleyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "galley",
        abstract: Help.text("Editorial workflow for newsrooms, on git."),
        usage: "galley [--repo <path>] [--as <person>] [--lang vi|en] <subcommand> …",
        discussion: Help.overview,
        version: "0.1.0",
        subcommands: [
            Init.self, People.self, New.self, Save.self, Edit.self,
            Submit.self, Approve.self, Reject.self, Publish.self, Embargo.self, Assign.self, Comment.self, Retract.self, Spike.self, Correct.self, Transition.self,
            Attach.self, Detach.self,
            List.self, Queue.self, Show.self, Log.self, Diff.self, Verify.self, Search.self, WorkflowCommand.self, Config.self, Hook.self,
            Clone.self, Sync.self, Status.self, Conflicts.self, SSHEntryCommand.self, Serve.self,
        ]
    )
}
