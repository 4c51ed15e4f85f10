import Foundation
import Galley
import Testing

/// `galley serve` becomes the `galley-desk` program beside it, so the command line carries no
/// web server (issue 15: a fifth fewer conformance records for every command to walk).
@Suite("The web desk is a program of its own")
struct DeskProgramTests {
    static var deskURL: URL {
        get throws { try GalleyBinary.url().deletingLastPathComponent().appendingPathComponent(DeskLaunch.programName) }
    }

    /// Hummingbird's mangled module name, in the metadata of every one of its types.
    static let webServerMark = Data("11Hummingbird".utf8)

    @Test("the command-line binary carries no web server; galley-desk does")
    func commandLineCarriesNoWebServer() throws {
        let galley = try Data(contentsOf: try GalleyBinary.url(), options: .alwaysMapped)
        let desk = try Data(contentsOf: try Self.deskURL, options: .alwaysMapped)
        #expect(desk.range(of: Self.webServerMark) != nil, "the control: the desk's binary names Hummingbird")
        #expect(galley.range(of: Self.webServerMark) == nil, "galley links the web server again")
    }

    @Test("galley serve without galley-desk beside it says what to install, in Vietnamese, and serves nothing")
    func missingDeskProgram() throws {
        let room = try Newsroom(bare: true)
        let alone = room.scratch.appendingPathComponent("bin-alone")
        try FileManager.default.createDirectory(at: alone, withIntermediateDirectories: true)
        let galley = alone.appendingPathComponent("galley")
        try FileManager.default.copyItem(at: try GalleyBinary.url(), to: galley)
        var environment = room.environment
        environment["GALLEY_LANG"] = "vi"
        let result = try runProgram(
            galley, ["--repo", room.repo.path, "serve", "--listen", "127.0.0.1:0"], in: room.root, environment: environment,
            timeout: .seconds(60), scratch: room.scratch)
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains("chưa cài chương trình bàn biên tập web"), "\(result.stderr)")
        #expect(result.stderr.contains(alone.appendingPathComponent("galley-desk").path), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test(
        "galley-desk started by hand, or with arguments galley serve did not write, refuses and points to galley serve",
        arguments: [[], ["--listen", "127.0.0.1:0"], [DeskLaunch.launchFlag, "{"], [DeskLaunch.launchFlag, "{}", "more"]])
    func startedByHand(_ arguments: [String]) throws {
        let room = try Newsroom(bare: true)
        var environment = room.environment
        environment["GALLEY_LANG"] = "en"
        let result = try runProgram(
            try Self.deskURL, arguments, in: room.root, environment: environment, timeout: .seconds(60), scratch: room.scratch)
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.contains("run `galley serve --help`"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }
}
