import Foundation
import Testing

/// Start-up cost is paid by every command (issue 5): libgit2's mbedTLS initialisation
/// would parse the whole CA bundle; galley defers that to the first remote operation.
@Suite("Start-up")
struct StartupTests {
    /// glibc's LD_DEBUG shows libgit2's call to the CA loader bound to galley's own
    /// definition (the deferral), not to mbedTLS's: if the executable stopped exporting
    /// it, every command would silently pay the load again. A galley with libgit2 linked in
    /// (scripts/build-release) resolves that call when it is linked; there the check is that
    /// nothing binds mbedTLS's loader during a local command.
    @Test func libgit2LoadsTheCABundleThroughGalleysDeferral() throws {
        let room = try Newsroom(bare: true)
        let result = try room.galley(["list"], environment: ["LD_DEBUG": "bindings"])
        #expect(result.status == 0, "\(result)")
        let bindings = result.stderr.split(separator: "\n").filter { $0.contains("`mbedtls_x509_crt_parse_file'") }
        if CLICertificateDeferralTests.libgit2IsLinkedIn(result) {
            let toMbedTLS = CLICertificateDeferralTests.loaderBindings(result).filter { $0.to.hasPrefix("libmbedx509") }
            #expect(toMbedTLS.isEmpty, "mbedTLS's own CA loader was bound during list: \(toMbedTLS)")
            return
        }
        let fromLibgit2 = try #require(bindings.first { $0.contains("libgit2") }, "libgit2 never bound the CA loader")
        // "binding file <libgit2> [0] to <galley> [0]: normal symbol …": the definition must be the executable's.
        let target = try #require(fromLibgit2.range(of: " to ")).upperBound
        let definer = fromLibgit2[target...].prefix { $0 != " " }
        #expect(URL(fileURLWithPath: String(definer)).lastPathComponent == room.galleyURL.lastPathComponent, "\(fromLibgit2)")
    }
}
