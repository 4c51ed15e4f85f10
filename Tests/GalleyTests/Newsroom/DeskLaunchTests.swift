import Foundation
import Testing

@testable import Galley

/// What `galley serve` hands to `galley-desk`: read back exactly, and nothing else is taken for it.
@Suite("the desk's launch arguments")
struct DeskLaunchTests {
    static let launch = DeskLaunch(
        configuration: DeskConfiguration(
            repository: "/srv/git/toà-soạn.git", currentDirectory: "/srv", host: "::1", port: 8443, secureCookies: true,
            trustProxy: true, language: .en, proxyUserHeader: "X-Remote-User", proxyAddresses: ["10.0.0.2", "::ffff:10.0.0.3"]),
        terminalLanguage: .vi)

    @Test("every setting survives the hand-over")
    func roundTrip() throws {
        let arguments = Self.launch.arguments()
        #expect(arguments.count == 2 && arguments[0] == DeskLaunch.launchFlag)
        #expect(DeskLaunch(arguments: arguments) == Self.launch)
        var defaults = Self.launch
        defaults.configuration = DeskConfiguration(repository: nil, currentDirectory: "/tmp")
        #expect(DeskLaunch(arguments: defaults.arguments()) == defaults)
    }

    @Test(
        "arguments galley serve did not write are no launch",
        arguments: [[], ["--listen", "127.0.0.1:0"], [DeskLaunch.launchFlag], [DeskLaunch.launchFlag, "{"], [DeskLaunch.launchFlag, "{}"],
                    ["--other", "{}"]])
    func notALaunch(_ arguments: [String]) {
        #expect(DeskLaunch(arguments: arguments) == nil)
    }

    @Test("with more arguments than galley serve writes, it is no launch")
    func extraArgument() {
        #expect(DeskLaunch(arguments: Self.launch.arguments() + ["--listen"]) == nil)
    }

    @Test("galley-desk is looked for beside the real galley, through symbolic links")
    func programBeside() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("galley-beside-\(UUID().uuidString)")
        let bin = folder.appendingPathComponent("opt/galley/bin")
        let links = folder.appendingPathComponent("usr/local/bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: links, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(FileManager.default.createFile(atPath: bin.appendingPathComponent("galley").path, contents: Data()))
        try FileManager.default.createSymbolicLink(
            atPath: links.appendingPathComponent("galley").path, withDestinationPath: "../../../opt/galley/bin/galley")
        #expect(DeskLaunch.programBeside(executable: bin.appendingPathComponent("galley").path) == bin.appendingPathComponent("galley-desk").path)
        let throughLink = DeskLaunch.programBeside(executable: links.appendingPathComponent("galley").path)
        #expect(URL(fileURLWithPath: throughLink).standardizedFileURL.path == bin.appendingPathComponent("galley-desk").standardizedFileURL.path)
    }
}
