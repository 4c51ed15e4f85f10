import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// nginx with basic authentication in front of git-http-backend through fcgiwrap, on
/// 127.0.0.1 and a free port, optionally over TLS with a certificate from a CA the fixture
/// makes. The git part is the project's own `deploy/nginx/galley-git-location.conf`,
/// included as it ships, so what administrators copy is what the tests run. Both servers
/// run detached (by pid file or `$!`) and are stopped in deinit.
final class HTTPGitServer {
    static let nginx = "/usr/sbin/nginx"
    static let fcgiwrap = "/usr/sbin/fcgiwrap"
    static let backend = "/usr/lib/git-core/git-http-backend"
    static var installed: Bool {
        [nginx, fcgiwrap, backend].allSatisfy { FileManager.default.isExecutableFile(atPath: $0) }
    }

    let port: Int
    let tls: Bool
    /// The CA certificate that signed the server's (TLS only), for GIT_SSL_CAINFO.
    let caCertificate: URL?
    private let folder: URL
    private var nginxPID: pid_t = 0
    private var fcgiwrapPID: pid_t = 0

    /// Serves the repositories under `base` at `/git/NAME.git` to `users` (login → password).
    init(base: URL, users: [String: String], tls: Bool, room: Newsroom) throws {
        guard Self.installed else { throw FixtureError("nginx, fcgiwrap or git-http-backend missing: scripts/test installs them") }
        self.tls = tls
        folder = room.root.appendingPathComponent("nginx-\(UUID().uuidString.prefix(8))")
        let fm = FileManager.default
        for sub in ["logs", "temp", "conf"] {
            try fm.createDirectory(at: folder.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        port = try Loopback.freePort()
        let socket = folder.appendingPathComponent("fcgiwrap.socket")

        var passwords = ""
        for (user, password) in users.sorted(by: { $0.key < $1.key }) {
            let hashed = try Self.run("/usr/bin/openssl", ["passwd", "-apr1", password], room: room)
            passwords += "\(user):\(hashed.trimmingCharacters(in: .whitespacesAndNewlines))\n"
        }
        try passwords.write(to: folder.appendingPathComponent("conf/htpasswd"), atomically: true, encoding: .utf8)
        try fm.copyItem(atPath: "/etc/nginx/fastcgi_params", toPath: folder.appendingPathComponent("conf/fastcgi_params").path)
        try fm.copyItem(at: Self.deployFile("nginx/galley-git-location.conf"),
                        to: folder.appendingPathComponent("conf/galley-git-location.conf"))

        var listen = "listen 127.0.0.1:\(port);"
        if tls {
            let ca = try Self.makeCertificates(in: folder.appendingPathComponent("conf"), room: room)
            caCertificate = ca
            listen = """
                listen 127.0.0.1:\(port) ssl;
                        ssl_certificate \(folder.path)/conf/server.crt;
                        ssl_certificate_key \(folder.path)/conf/server.key;
                """
        } else {
            caCertificate = nil
        }
        let temp = folder.appendingPathComponent("temp").path
        // nginx's workers would run as nobody and could not reach fcgiwrap's socket (root's, in CI).
        let user = getuid() == 0 ? "user root;" : ""
        try """
            \(user)
            worker_processes 1;
            pid \(folder.path)/logs/nginx.pid;
            error_log \(folder.path)/logs/error.log info;
            events { worker_connections 64; }
            http {
                access_log \(folder.path)/logs/access.log;
                client_body_temp_path \(temp)/body;
                fastcgi_temp_path \(temp)/fastcgi;
                proxy_temp_path \(temp)/proxy;
                uwsgi_temp_path \(temp)/uwsgi;
                scgi_temp_path \(temp)/scgi;
                server {
                    \(listen)
                    server_name localhost;
                    auth_basic "Toa soan";
                    auth_basic_user_file \(folder.path)/conf/htpasswd;
                    set $galley_git_root \(base.path);
                    set $galley_fcgiwrap unix:\(socket.path);
                    include galley-git-location.conf;
                }
            }

            """.write(to: folder.appendingPathComponent("conf/nginx.conf"), atomically: true, encoding: .utf8)

        // fcgiwrap stays in the foreground: started detached, in its own process group (its workers
        // are stopped with it); its pid is what the shell reports.
        let started = try Self.detached(["setsid", Self.fcgiwrap, "-c", "4", "-s", "unix:\(socket.path)"], background: true,
                                        log: folder.appendingPathComponent("logs/fcgiwrap.log"), room: room)
        fcgiwrapPID = pid_t(started.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
        for _ in 0..<100 where !fm.fileExists(atPath: socket.path) { usleep(20_000) }
        guard fm.fileExists(atPath: socket.path) else {
            stop()
            throw FixtureError("fcgiwrap did not create its socket: \(log("fcgiwrap.log"))")
        }
        // nginx puts itself in the background and writes its pid file.
        _ = try Self.detached([Self.nginx, "-p", folder.path, "-c", folder.appendingPathComponent("conf/nginx.conf").path,
                               "-e", folder.appendingPathComponent("logs/error.log").path], background: false,
                              log: folder.appendingPathComponent("logs/start.log"), room: room)
        let pidFile = folder.appendingPathComponent("logs/nginx.pid")
        for _ in 0..<100 {
            if nginxPID == 0, let text = try? String(contentsOf: pidFile, encoding: .utf8) {
                nginxPID = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
            }
            if nginxPID != 0, Loopback.accepts(port) { return }
            usleep(50_000)
        }
        stop()
        throw FixtureError("nginx did not listen on \(port): \(log("error.log"))")
    }

    deinit { stop() }

    private func stop() {
        if nginxPID > 0 { _ = kill(nginxPID, SIGTERM) }
        // SIGKILL: fcgiwrap inherits the test process's signal mask, in which SIGTERM is blocked,
        // and would live on (with its workers) after every run.
        if fcgiwrapPID > 0 { _ = kill(-fcgiwrapPID, SIGKILL) }
        nginxPID = 0
        fcgiwrapPID = 0
    }

    /// `http(s)://[USER@]127.0.0.1:PORT/git/NAME`.
    func url(_ repository: String, user: String? = nil) -> String {
        "\(tls ? "https" : "http")://\(user.map { "\($0)@" } ?? "")127.0.0.1:\(port)/git/\(repository)"
    }

    /// `PROTOCOL://USER:PASSWORD@127.0.0.1:PORT`, a line of git's credential store.
    func storeLine(user: String, password: String) -> String {
        "\(tls ? "https" : "http")://\(user):\(password)@127.0.0.1:\(port)"
    }

    func log(_ name: String) -> String {
        (try? String(contentsOf: folder.appendingPathComponent("logs/\(name)"), encoding: .utf8)) ?? ""
    }

    /// A file of the project's `deploy/` folder, found from this source file.
    static func deployFile(_ path: String) -> URL {
        var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while directory.path != "/", !FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path) {
            directory = directory.deletingLastPathComponent()
        }
        return directory.appendingPathComponent("deploy").appendingPathComponent(path)
    }

    /// A CA and a server certificate for 127.0.0.1 signed by it; returns the CA certificate.
    private static func makeCertificates(in folder: URL, room: Newsroom) throws -> URL {
        let openssl = "/usr/bin/openssl"
        let path = { (name: String) in folder.appendingPathComponent(name).path }
        _ = try run(openssl, ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", path("ca.key"), "-out", path("ca.crt"),
                              "-days", "2", "-subj", "/CN=Galley Test Newsroom CA"], room: room)
        _ = try run(openssl, ["req", "-newkey", "rsa:2048", "-nodes", "-keyout", path("server.key"), "-out", path("server.csr"),
                              "-subj", "/CN=127.0.0.1"], room: room)
        // mbedTLS (libgit2's TLS here) matches the host only against DNS names, git's curl an IP against IP names.
        try "subjectAltName=IP:127.0.0.1,DNS:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\n"
            .write(toFile: path("server.ext"), atomically: true, encoding: .utf8)
        _ = try run(openssl, ["x509", "-req", "-in", path("server.csr"), "-CA", path("ca.crt"), "-CAkey", path("ca.key"),
                              "-CAcreateserial", "-out", path("server.crt"), "-days", "2", "-extfile", path("server.ext")], room: room)
        return folder.appendingPathComponent("ca.crt")
    }

    /// Runs `command` from a shell that first closes every inherited descriptor above stderr:
    /// Foundation's Process counts its child as running until every holder of one descriptor has
    /// closed it, so a server that keeps it (fcgiwrap, nginx's daemon) would never let the start
    /// return. `background`: the shell starts the command with `&` and prints its pid.
    private static func detached(_ command: [String], background: Bool, log: URL, room: Newsroom) throws -> String {
        let script = """
            for fd in /proc/$$/fd/*; do n=${fd##*/}; [ "$n" -gt 2 ] 2>/dev/null && eval "exec $n>&-"; done 2>/dev/null
            if [ "$0" = background ]; then "$@" </dev/null >>"$LOG" 2>&1 & echo $!; else exec "$@" </dev/null >>"$LOG" 2>&1; fi
            """
        var environment = room.environment
        environment["LOG"] = log.path
        let result = try runProgram(URL(fileURLWithPath: "/bin/bash"), ["-c", script, background ? "background" : "foreground"] + command,
                                    in: room.root, environment: environment, scratch: room.scratch)
        guard result.status == 0 else { throw FixtureError("\(command.joined(separator: " ")): \(result)") }
        return result.stdout
    }

    @discardableResult
    private static func run(_ program: String, _ arguments: [String], room: Newsroom) throws -> String {
        let result = try runProgram(URL(fileURLWithPath: program), arguments, in: room.root, environment: room.environment,
                                    scratch: room.scratch)
        guard result.status == 0 else { throw FixtureError("\(program) \(arguments.joined(separator: " ")): \(result)") }
        return result.stdout
    }
}
