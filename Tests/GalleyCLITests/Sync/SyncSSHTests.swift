import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Sync over `ssh://` to an sshd the test starts on loopback with key authentication.
/// Never skipped: scripts/test installs openssh-server, and a machine without it fails here.
struct SyncSSHTests {
    /// A newsroom whose clones reach the central repository over ssh://, the host key in known_hosts.
    static func sshNewsroom() throws -> (SyncedNewsroom, SyncSSHServer) {
        let setup = try SyncedNewsroom()
        let server: SyncSSHServer
        #expect(SyncSSHServer.installed, "no /usr/sbin/sshd or ssh-keygen: scripts/test installs openssh-server")
        server = try SyncSSHServer(room: setup.central)
        setup.url = server.url(for: setup.central.repo)
        setup.central.environment["GALLEY_SSH_KEY"] = server.clientKey.path
        return (setup, server)
    }

    @Test("reporter → editor → chief over ssh:// with a key: all clones converge, verify passes")
    func chain() throws {
        let (setup, server) = try Self.sshNewsroom()
        try server.trustHostKey(in: setup.central)
        try SyncChainTests.chain(setup)
        withExtendedLifetime(server) {}
    }

    @Test("an unknown host key and a refused key each fail the clone with a clear message, no retry loop")
    func refusals() throws {
        let (setup, server) = try Self.sshNewsroom()
        let unknownHost = try setup.central.galley(["clone", setup.url, "unknown-host.git"], in: setup.central.root)
        #expect(unknownHost.status != 0)
        #expect(unknownHost.stderr.contains("known_hosts"), "\(unknownHost)")

        try server.trustHostKey(in: setup.central)
        let stranger = setup.central.scratch.appendingPathComponent("stranger")
        try SyncSSHServer.keygen(["-q", "-t", "ed25519", "-N", "", "-f", stranger.path], room: setup.central)
        let refused = try setup.central.galley(["clone", setup.url, "refused.git"], in: setup.central.root,
                                               environment: ["GALLEY_SSH_KEY": stranger.path])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("refused every key"), "\(refused)")
        #expect(refused.stderr.contains(stranger.path), "\(refused)")
        withExtendedLifetime(server) {}
    }
}

/// sshd on 127.0.0.1 and a free port, with its own host key, config and one authorized client key,
/// all in a temporary folder; killed (by the pid in its PidFile) in deinit. It runs daemonised, not
/// as `-D` under Foundation's `Process`: with a long-lived `-D` child, corelibs Foundation's SIGCHLD
/// handling was seen blocking in `waitpid` on sshd, so later `galley` children were never reaped.
final class SyncSSHServer {
    static let sshd = "/usr/sbin/sshd"
    static let sshKeygen = "/usr/bin/ssh-keygen"
    static var installed: Bool {
        FileManager.default.isExecutableFile(atPath: sshd) && FileManager.default.isExecutableFile(atPath: sshKeygen)
    }

    let port: Int
    let user: String
    /// The private key galley offers (GALLEY_SSH_KEY).
    let clientKey: URL
    private let folder: URL
    private var pid: pid_t = 0

    /// `authorizedKeys`: the whole authorized_keys file (forced commands, one key per person);
    /// nil authorizes `clientKey` for a plain login. `extraConfig`: more sshd_config lines (e.g. `AcceptEnv`).
    init(room: Newsroom, authorizedKeys: String? = nil, extraConfig: String = "") throws {
        folder = room.root.appendingPathComponent("sshd")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // sshd refuses to start without its privilege-separation directory.
        try FileManager.default.createDirectory(atPath: "/run/sshd", withIntermediateDirectories: true)
        user = try Self.currentUser()
        let hostKey = folder.appendingPathComponent("host_ed25519")
        clientKey = folder.appendingPathComponent("client_ed25519")
        try Self.keygen(["-q", "-t", "ed25519", "-N", "", "-f", hostKey.path], room: room)
        try Self.keygen(["-q", "-t", "ed25519", "-N", "", "-f", clientKey.path], room: room)
        if let authorizedKeys {
            try authorizedKeys.write(to: folder.appendingPathComponent("authorized_keys"), atomically: true, encoding: .utf8)
        } else {
            try FileManager.default.copyItem(at: clientKey.appendingPathExtension("pub"),
                                             to: folder.appendingPathComponent("authorized_keys"))
        }
        port = try Loopback.freePort()
        let config = folder.appendingPathComponent("sshd_config")
        try """
            Port \(port)
            ListenAddress 127.0.0.1
            HostKey \(hostKey.path)
            AuthorizedKeysFile \(folder.path)/authorized_keys
            PasswordAuthentication no
            KbdInteractiveAuthentication no
            PubkeyAuthentication yes
            PermitRootLogin prohibit-password
            StrictModes no
            UsePAM no
            PidFile \(folder.path)/sshd.pid
            \(extraConfig)
            """.write(to: config, atomically: true, encoding: .utf8)
        let log = folder.appendingPathComponent("sshd.log")
        let started = try runProgram(URL(fileURLWithPath: Self.sshd), ["-f", config.path, "-E", log.path],
                                     in: folder, environment: room.environment, scratch: room.scratch)
        guard started.status == 0 else { throw FixtureError("sshd did not start: \(started)") }
        let pidFile = folder.appendingPathComponent("sshd.pid")
        for _ in 0..<100 {
            if pid == 0, let text = try? String(contentsOf: pidFile, encoding: .utf8) {
                pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
            }
            if pid != 0, Loopback.accepts(port) { return }
            usleep(50_000)
        }
        stop()
        throw FixtureError("sshd did not listen on port \(port): \((try? String(contentsOf: log, encoding: .utf8)) ?? "")")
    }

    deinit { stop() }

    private func stop() {
        if pid > 0 { _ = kill(pid, SIGTERM) }
    }

    /// `ssh://USER@127.0.0.1:PORT/ABSOLUTE-PATH` for a repository on this machine.
    func url(for repository: URL) -> String { "ssh://\(user)@127.0.0.1:\(port)\(repository.path)" }

    /// Writes the host key into the newsroom HOME's `~/.ssh/known_hosts`, as `ssh-keyscan` would.
    func trustHostKey(in room: Newsroom) throws {
        let publicKey = try String(contentsOf: folder.appendingPathComponent("host_ed25519.pub"), encoding: .utf8)
        let fields = publicKey.split(separator: " ").prefix(2).joined(separator: " ")
        let ssh = room.home.appendingPathComponent(".ssh")
        try FileManager.default.createDirectory(at: ssh, withIntermediateDirectories: true)
        try "[127.0.0.1]:\(port) \(fields)\n".write(to: ssh.appendingPathComponent("known_hosts"), atomically: true, encoding: .utf8)
    }

    static func keygen(_ arguments: [String], room: Newsroom) throws {
        let result = try runProgram(URL(fileURLWithPath: sshKeygen), arguments, in: room.root,
                                    environment: room.environment, scratch: room.scratch)
        guard result.status == 0 else { throw FixtureError("ssh-keygen \(arguments): \(result)") }
    }

    private static func currentUser() throws -> String {
        guard let entry = getpwuid(getuid()), let name = entry.pointee.pw_name else { throw FixtureError("no passwd entry") }
        return String(cString: name)
    }
}
