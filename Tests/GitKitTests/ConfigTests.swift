import Foundation
import GitKit
import Testing

/// Config values as git sees them.
@Suite struct ConfigTests {
    @Test func roundTripThroughTheLocalConfig() throws {
        let scratch = try Scratch()
        let path = scratch.path("r.git")
        let repository = try Repository.create(at: path, bare: true, initialBranch: "main")
        #expect(try repository.configValue("galley.unsetkey") == nil)
        try repository.setConfigValue("galley.workflow", "three-level")
        #expect(try repository.configValue("galley.workflow") == "three-level")
        #expect(try scratch.git("config", "--local", "galley.workflow", in: path) == "three-level")
        try scratch.git("config", "--local", "galley.reviewers", "2", in: path)
        #expect(try repository.configValue("galley.reviewers") == "2")
        #expect(try repository.configValue("core.bare") == "true")
    }
}
