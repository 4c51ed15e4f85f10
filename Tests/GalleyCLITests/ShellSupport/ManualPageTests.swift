import Foundation
import Testing

/// Issue 13: galley(1) is generated from the command definitions (galley-manual reads the
/// binary's `--experimental-dump-help`), names every command, keeps Vietnamese intact, and
/// installs with one command.
@Suite("The man page galley(1)")
struct ManualPageTests {
    func manual(_ room: Newsroom, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let generator = try ShellSupport.builtTool("galley-manual")
        let result = try runProgram(generator, ["--galley", try GalleyBinary.url().path, "--date", "December 1, 2026"],
                                    in: room.scratch, environment: room.environment, scratch: room.scratch)
        #expect(result.status == 0, "galley-manual: \(result)", sourceLocation: sourceLocation)
        return result.stdout
    }

    /// The page as `man` shows it (groff, UTF-8, no overstriking), with roff's warnings.
    func rendered(_ page: String, _ room: Newsroom) throws -> RunResult {
        let file = try room.writeScratch("galley.1", page)
        return try ShellSupport.run("groff", ["-mandoc", "-Tutf8", "-ww", "-P-cbou", file], in: room,
                                    environment: ["MANWIDTH": nil, "LC_ALL": "C.UTF-8"])
    }

    @Test func itNamesEveryCommandFromTheDefinitions() throws {
        let room = try Newsroom()
        let page = try manual(room)
        #expect(page.contains(".Dt GALLEY 1") && page.contains(".Sh SYNOPSIS") && page.contains(".Sh COMMANDS"), "\(page.prefix(400))")
        let paths = try ShellSupport.commandPaths(room)
        for path in paths {
            let title = path.joined(separator: " ").replacingOccurrences(of: "-", with: "\\-")  // roff's minus in a title
            #expect(page.contains(".Ss \"\(title)\"\n.Nm\n.Cm \(path.joined(separator: " "))\n"),
                    "no section for `galley \(path.joined(separator: " "))`")
        }
        #expect(page.contains(".Cm hook install\n") && !page.contains(".Cm hook pre-receive"), "a hidden command stays out of the page")
        // Options come from their declarations too.
        #expect(page.contains(".It Fl -admin-key Ar file.pub"))
        #expect(page.contains(".Op Fl -repo Ar path\n.Op Fl -as Ar person\n.Op Fl -lang Ar language\n.Ar command"), "the global options in the synopsis")
    }

    @Test func itRendersWithoutWarningsAndKeepsVietnamese() throws {
        let room = try Newsroom()
        let page = try manual(room)
        let outsideASCII = page.unicodeScalars.filter { !$0.isASCII }
        #expect(outsideASCII.isEmpty, "roff source is ASCII, other characters escaped: \(String(String.UnicodeScalarView(outsideASCII)))")
        let text = try rendered(page, room)
        #expect(text.status == 0, "\(text)")
        #expect(text.stderr.isEmpty, "groff warns: \(text.stderr)")
        for phrase in ["Nguyễn Quản Trị", "Kiểm tra công tác dân vận", "galley init [path] --admin id",
                       "--admin-key file.pub", "galley people key add", "Exit codes:"] {
            #expect(text.stdout.contains(phrase), "the rendered page lacks '\(phrase)'")
        }
        for command in try ShellSupport.topLevelCommands(room) {
            #expect(text.stdout.contains("\n   \(command)\n"), "the rendered page has no heading for \(command)")
        }
    }

    @Test func oneCommandInstallsIt() throws {
        // Beside galley the script finds the generator; without it, it would run `swift build`,
        // which waits for the SwiftPM lock this very test run holds.
        _ = try ShellSupport.builtTool("galley-manual")
        let room = try Newsroom()
        let staging = room.root.appendingPathComponent("staging")
        let installed = try ShellSupport.run(
            ShellSupport.script("install-manual").path, ["--prefix", "/usr/local", "--galley", try GalleyBinary.url().path], in: room,
            environment: ["DESTDIR": staging.path, "SOURCE_DATE_EPOCH": "1796083200"])
        #expect(installed.status == 0, "\(installed)")
        let file = staging.appendingPathComponent("usr/local/share/man/man1/galley.1")
        #expect(try String(contentsOf: file, encoding: .utf8) == (try manual(room)), "the installed page is galley-manual's")
        let user = try ShellSupport.run(ShellSupport.script("install-manual").path, ["--user", "--galley", try GalleyBinary.url().path], in: room,
                                        environment: ["XDG_DATA_HOME": nil, "DESTDIR": nil])
        #expect(user.status == 0, "\(user)")
        #expect(FileManager.default.fileExists(atPath: room.home.appendingPathComponent(".local/share/man/man1/galley.1").path))
    }
}
