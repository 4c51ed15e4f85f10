internal import CGit2
import Foundation

/// Collects callback output during one clone, fetch or push (the payload of the C callbacks),
/// and the ssh keys offered so far (fresh per operation, so a refused key is not offered twice).
final class TransferCollector {
    let ssh: SSHCredentialState
    let http = HTTPCredentialState()
    var messages = ""
    var statuses: [(reference: String, status: String?)] = []

    init(ssh settings: SSHSettings) {
        ssh = SSHCredentialState(settings: settings)
    }
}
