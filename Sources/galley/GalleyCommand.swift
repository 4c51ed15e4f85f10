import ArgumentParser

struct GalleyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "galley",
        abstract: "Editorial workflow for newsrooms, on git.",
        usage: "galley [--repo <path>] [--as <person>] [--lang vi|en] <subcommand> …",
        discussion: """
            Every article is a Markdown file in a git repository; every step of its life \
            (draft, submission, editing, approval, publication, retraction) is one commit \
            that names who took it. The workflow in force (workflow.yaml) decides who may \
            take which step; a refused step writes nothing and says who may do what instead.

            A day at the desk (standard workflow):
              galley init toa-soan --admin quantri --admin-name "Nguyễn Quản Trị"
              cd toa-soan
              galley --as quantri people add phu --name "Thanh Phú" \\
                  --email phu@example.vn --role reporter
              galley --as phu new "Kiểm tra công tác dân vận" --body-file bai.md
              galley --as phu submit ID
              galley --as ngoc approve ID        (an editor)
              galley --as tbt approve ID         (the editor-in-chief)
              galley --as tbt publish ID
              galley log ID                      (the article's history)
              galley verify                      (was every step legal?)

            The acting person is --as, else $GALLEY_USER, else the person whose email \
            is git's user.email. --repo names the repository; otherwise it is found from \
            the current directory upwards, like git. A bare repository works too. \
            --lang vi|en chooses the language of messages. These global options may stand \
            anywhere before `--`, before or after the command.

            An article id may be shortened to any beginning of it that no other id shares. \
            A mistyped command or option is answered with the nearest real ones.

            Exit codes: 0 done, 1 failure (unknown article or person, I/O, git), \
            3 refused (nothing written; also a filter naming no such person, state or \
            transition, and an id prefix several articles share), 4 violations found, 64 usage.
            """,
        version: "0.1.0",
        subcommands: [
            Init.self, People.self, New.self, Save.self, Edit.self,
            Submit.self, Approve.self, Reject.self, Publish.self, Retract.self, Spike.self, Correct.self, Transition.self,
            List.self, Queue.self, Show.self, Log.self, Diff.self, Verify.self, Search.self, WorkflowCommand.self, Config.self, Hook.self,
            Clone.self, Sync.self, Status.self, Conflicts.self,
        ]
    )
}
