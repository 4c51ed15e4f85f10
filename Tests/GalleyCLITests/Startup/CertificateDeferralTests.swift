import Foundation
import Testing

/// The galley binary defers libgit2's CA bundle load (issue 5, git_startup.h): a local
/// command never runs the load, a remote one runs it. glibc's LD_DEBUG=bindings shows it:
/// galley looks mbedTLS's own loader up (dlsym RTLD_NEXT) only to replay a deferred load,
/// and that lookup is logged when it happens. If the deferral were off, the remote command
/// would have nothing to replay and would show no lookup either.
@Suite("Start-up: the CA bundle is loaded for remote operations only")
struct CLICertificateDeferralTests {
    struct Binding {
        var from: String
        var to: String
    }

    /// "binding file <from> [0] to <to> [0]: normal symbol `mbedtls_x509_crt_parse_file'" lines, by file name.
    static func loaderBindings(_ result: RunResult) -> [Binding] {
        result.stderr.split(separator: "\n").compactMap { line in
            guard line.contains("`mbedtls_x509_crt_parse_file'"),
                  let file = line.range(of: "binding file "), let to = line.range(of: " to ", range: file.upperBound..<line.endIndex)
            else { return nil }
            let from = line[file.upperBound..<to.lowerBound].prefix { $0 != " " }
            let target = line[to.upperBound...].prefix { $0 != " " }
            return Binding(from: URL(fileURLWithPath: String(from)).lastPathComponent,
                           to: URL(fileURLWithPath: String(target)).lastPathComponent)
        }
    }

    /// True when libgit2 is linked into galley (scripts/build-release links Debian's static
    /// archive): no shared libgit2 takes part in any binding. Its call to the CA loader is then
    /// resolved to galley's definition when galley is linked, and no LD_DEBUG line can show it;
    /// `remoteCommand` shows that the deferral recorded the call, in both kinds of binary.
    static func libgit2IsLinkedIn(_ result: RunResult) -> Bool {
        result.stderr.contains("binding file ") && !result.stderr.contains("libgit2.so")
    }

    /// galley's lookups of the real loader: a deferred load being run.
    static func realLoaderLookups(_ result: RunResult, galley: String) -> [Binding] {
        loaderBindings(result).filter { $0.from == galley && $0.to != galley }
    }

    @Test("local commands never load the CA bundle", arguments: [["list"], ["log"], ["people", "list"]])
    func localCommands(_ arguments: [String]) throws {
        let room = try Newsroom(bare: true)
        let galley = room.galleyURL.lastPathComponent
        let result = try room.galley(arguments, environment: ["LD_DEBUG": "bindings"])
        #expect(result.status == 0, "\(result)")
        // LD_DEBUG took effect and libgit2 calls galley's interposed loader (else "no lookup" proves nothing).
        #expect(Self.libgit2IsLinkedIn(result) || Self.loaderBindings(result).contains { $0.from.hasPrefix("libgit2") && $0.to == galley },
                "libgit2 is not bound to galley's CA loader:\n\(Self.loaderBindings(result))")
        #expect(Self.realLoaderLookups(result, galley: galley).isEmpty, "a local command loaded the CA bundle")
    }

    @Test("a write command does not load it either")
    func localWrite() throws {
        let room = try Newsroom(bare: true)
        let galley = room.galleyURL.lastPathComponent
        let result = try room.galley(["new", "Bài không cần mạng"], as: Newsroom.reporter, environment: ["LD_DEBUG": "bindings"])
        #expect(result.status == 0, "\(result)")
        #expect(Self.libgit2IsLinkedIn(result) || !Self.loaderBindings(result).isEmpty, "LD_DEBUG showed no bindings of the CA loader")
        #expect(Self.realLoaderLookups(result, galley: galley).isEmpty, "new loaded the CA bundle")
    }

    @Test("clone, a remote operation, loads the deferred bundle once")
    func remoteCommand() throws {
        let room = try Newsroom(bare: true)
        let galley = room.galleyURL.lastPathComponent
        let target = room.scratch.appendingPathComponent("ban-sao.git").path
        let result = try room.galley(["clone", room.repo.path, target], in: room.scratch, environment: ["LD_DEBUG": "bindings"])
        #expect(result.status == 0, "\(result.stdout)")
        let lookups = Self.realLoaderLookups(result, galley: galley)
        #expect(lookups.count == 1, "expected galley to run the deferred load once: \(lookups)")
        #expect(lookups.first?.to.hasPrefix("libmbedx509") == true, "\(lookups)")
    }
}
