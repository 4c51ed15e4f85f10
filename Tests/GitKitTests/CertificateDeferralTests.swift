import Foundation
import GitKit
import Testing

/// The CA bundle whose loading libgit2's initialisation deferred is loaded before any
/// remote operation (an https remote must be verified as libgit2 would have).
@Suite struct CertificateDeferralTests {
    @Test func aRemoteOperationLoadsTheDeferredCertificates() throws {
        let scratch = try Scratch()
        let origin = try Repository.create(at: scratch.path("origin.git"), bare: true, initialBranch: "main")
        _ = try origin.commitFiles(["a.md": "a\n"])
        let clone = try Repository.clone(url: scratch.path("origin.git"), to: scratch.path("clone.git"), bare: true)
        #expect(!GitRuntime.certificatesDeferred)
        #expect(try clone.referenceTarget("refs/heads/main") == origin.referenceTarget("refs/heads/main"))
    }
}
