import GitKit
import Testing
@testable import Galley

/// Galley, not GitKit, reads `GALLEY_SSH_KEY` and `GALLEY_SSH_INSECURE_HOSTKEY`.
struct SSHSettingsEnvironmentTests {
    @Test func theKeyFileAndTheHostKeyPolicyComeFromGalleysVariables() {
        let settings = SSHSettings.galley(environment: ["GALLEY_SSH_KEY": "/keys/phongvien", "GALLEY_SSH_INSECURE_HOSTKEY": "1"])
        #expect(settings.keyFile == "/keys/phongvien")
        #expect(settings.acceptsUnknownHostKeys)
        #expect(settings.keyFileSettingName == "GALLEY_SSH_KEY")
    }

    @Test(arguments: [[:], ["GALLEY_SSH_KEY": ""], ["GALLEY_SSH_INSECURE_HOSTKEY": "yes"], ["GALLEY_SSH_INSECURE_HOSTKEY": "true"],
                      ["SSH_KEY": "/keys/x", "GALLEY_SSH_INSECURE_HOSTKEY": "0"]])
    func withoutThemThereIsNoKeyFileAndUnknownHostsAreRefused(environment: [String: String]) {
        let settings = SSHSettings.galley(environment: environment)
        #expect(settings.keyFile == nil)
        #expect(!settings.acceptsUnknownHostKeys)
    }

    @Test func theLockFileKeepsItsNameOnDisk() {
        #expect(RepositoryFileNames.writeLock == "galley.lock")
        #expect(RepositoryFileNames.temporaryFilePrefix == ".galley-")
    }
}
