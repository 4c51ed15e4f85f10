import Foundation
import GitKit

extension SSHSettings {
    /// Galley's ssh settings from the environment: `GALLEY_SSH_KEY` names the one key to offer,
    /// `GALLEY_SSH_INSECURE_HOSTKEY=1` accepts an unknown host key (tests only).
    static func galley(environment: [String: String] = ProcessInfo.processInfo.environment) -> SSHSettings {
        SSHSettings(
            keyFile: environment["GALLEY_SSH_KEY"].flatMap { $0.isEmpty ? nil : $0 },
            acceptsUnknownHostKeys: environment["GALLEY_SSH_INSECURE_HOSTKEY"] == "1",
            keyFileSettingName: "GALLEY_SSH_KEY")
    }
}
