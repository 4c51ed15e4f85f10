import ArgumentParser
import Foundation
import Galley

extension GalleyCommand {
    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "edit",
            abstract: Help.text("Open an article in $EDITOR and commit the result as a revision."),
            discussion: Help.discussion(.edit))
        @OptionGroup var global: GlobalOptions
        @Argument(help: Help.argument("The article id.")) var id: String
        @OptionGroup var fields: ContentFieldOptions
        @Option(help: Help.argument("Output format.")) var format: OutputFormat = .text

        func run() throws {
            try Terminal.run { () throws(GalleyError) in
                let newsroom = try global.open()
                let stored = try newsroom.editableArticle(id, actorID: global.actorID)
                let file: URL
                let temporary: Bool
                if let workTree = newsroom.workTree {
                    file = URL(fileURLWithPath: workTree).appendingPathComponent(stored.path)
                    temporary = false
                } else {
                    file = FileManager.default.temporaryDirectory.appendingPathComponent("galley-\(id)-\(UUID().uuidString.prefix(8)).md")
                    do {
                        try Data(stored.document.rendered().utf8).write(to: file)
                    } catch {
                        throw GalleyError(.failure, .localFile(.fileNotWritten(path: file.path, detail: error.localizedDescription)))
                    }
                    temporary = true
                }
                do throws(GalleyError) {
                    try Self.openEditor(on: file.path)
                    let source: ContentSource = temporary ? .document(try Terminal.readText(file.path, what: .edited)) : .workTree
                    let step = try newsroom.save(id, content: source, edits: fields.edits, actorID: global.actorID)
                    if temporary { try? FileManager.default.removeItem(at: file) }
                    guard let step else {
                        Terminal.print(Catalog.render(.nothingToCommit(article: id), in: Terminal.language))
                        return
                    }
                    StepOutput.print(step, format: format, text: Catalog.render(.revised(article: id, state: step.event.to ?? ""), in: Terminal.language))
                } catch {
                    if temporary { Terminal.note(Catalog.render(.localFile(.editedTextKept(path: file.path)), in: Terminal.language)) }
                    throw error
                }
            }
        }

        /// Runs `$VISUAL`/`$EDITOR` (through the shell, so `code --wait` works) and waits for it.
        static func openEditor(on path: String) throws(GalleyError) {
            let environment = ProcessInfo.processInfo.environment
            let editor = environment["VISUAL"].flatMap { $0.isEmpty ? nil : $0 } ?? environment["EDITOR"].flatMap { $0.isEmpty ? nil : $0 } ?? "vi"
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "\(editor) \"$1\"", "galley-editor", path]
            do {
                try process.run()
            } catch {
                throw GalleyError(.failure, .localFile(.editorNotStarted(editor: editor, detail: error.localizedDescription)))
            }
            process.waitUntilExit()
            guard process.terminationStatus == 0 else {
                throw GalleyError(.failure, .localFile(.editorFailed(editor: editor, status: process.terminationStatus)))
            }
        }
    }
}
