import Foundation
import GitKit
import Testing

/// libgit2's initialisation defers loading the CA bundle (see git_startup.h), and the bundle is
/// loaded before any remote operation (an https remote must be verified as libgit2 would have).
/// This test binary, like galley, exports the interposed loader, so the deferral is in force here.
/// `Startup/CertificateDeferralTests` in GalleyCLITests checks the same of the galley binary.
@Suite struct CertificateDeferralTests {
    @Test func initialisationDeferredTheBundleAndARemoteOperationLoadsIt() throws {
        let scratch = try Scratch()
        let origin = try Repository.create(at: scratch.path("origin.git"), bare: true, initialBranch: "main")
        _ = try origin.commitFiles(["a.md": "a\n"])
        // Sticky: true even if another test's remote operation has loaded the bundle already.
        #expect(GitRuntime.certificatesWereDeferred, "git_libgit2_init loaded the CA bundle itself: the deferral is off")

        let clone = try Repository.clone(url: scratch.path("origin.git"), to: scratch.path("clone.git"), bare: true)
        #expect(!GitRuntime.certificatesDeferred, "a remote operation ran with the CA bundle still unloaded")
        #expect(GitRuntime.certificatesWereDeferred)
        #expect(try clone.referenceTarget("refs/heads/main") == origin.referenceTarget("refs/heads/main"))
    }
}
