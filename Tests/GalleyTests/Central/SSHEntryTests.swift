import Foundation
import Testing
@testable import Galley

/// `galley ssh-entry`'s decision: exactly git's upload and receive, exactly the listed repositories.
struct SSHEntryTests {
    static let repositories = ["/srv/git/toa-soan.git", "/srv/git/ban-thoi-su.git"]

    struct Allowed: Sendable, CustomTestStringConvertible {
        var command: String
        var service: SSHEntry.Service
        var repository: String
        var testDescription: String { command }
    }

    @Test("what git sends is allowed, to the repository it names", arguments: [
        Allowed(command: "git-receive-pack '/srv/git/toa-soan.git'", service: .receive, repository: "/srv/git/toa-soan.git"),
        Allowed(command: "git-upload-pack '/srv/git/toa-soan.git'", service: .upload, repository: "/srv/git/toa-soan.git"),
        Allowed(command: "git upload-pack '/srv/git/ban-thoi-su.git'", service: .upload, repository: "/srv/git/ban-thoi-su.git"),
        Allowed(command: "git-receive-pack 'toa-soan.git'", service: .receive, repository: "/srv/git/toa-soan.git"),
        Allowed(command: "git-receive-pack 'toa-soan'", service: .receive, repository: "/srv/git/toa-soan.git"),
        Allowed(command: "git-upload-pack '~/toa-soan.git'", service: .upload, repository: "/srv/git/toa-soan.git"),
        Allowed(command: "git-upload-pack '/srv/git/toa-soan'", service: .upload, repository: "/srv/git/toa-soan.git"),
    ])
    func allowed(_ case: Allowed) throws {
        let decision = try SSHEntry.decide(originalCommand: `case`.command, person: "hangoc", repositories: Self.repositories)
        #expect(decision.service == `case`.service)
        #expect(decision.repository == `case`.repository)
        #expect(Self.repositories.contains(decision.repository) && decision.repository.hasPrefix("/"))
        #expect(decision.environment == ["GALLEY_PUSHER": "hangoc"])
    }

    @Test("a shell, another command, another repository or a smuggled word is refused", arguments: [
        "bash", "sh -c 'id'", "git-upload-archive '/srv/git/toa-soan.git'", "scp -t /srv/git",
        "git-receive-pack '/srv/git/other.git'", "git-receive-pack '/etc'", "git-receive-pack '/srv/git/../git/x.git'",
        "git-receive-pack '../toa-soan.git'", "git-receive-pack 'toa-soan.git'; rm -rf /", "git-receive-pack 'toa-soan.git' 'x'",
        "git-receive-pack toa-soan.git", "git-receive-pack ''", "git-receive-pack 'toa-soan.git", "git-receive-pack '..'",
        "git-receive-pack '/srv/git/toa-soan.git/../ban-thoi-su.git/../../../etc'",
        // Option injection: a word starting with '-' is never a listed repository, and no second word passes.
        "git-upload-pack '--upload-pack=touch pwned'", "git-upload-pack '--help'", "git-upload-pack '-'",
        "git-upload-pack --upload-pack=id '/srv/git/toa-soan.git'", "git-upload-pack '/srv/git/toa-soan.git' --strict",
        "git-receive-pack '/srv/git/toa-soan.git' --quiet", "git upload-pack --advertise-refs '/srv/git/toa-soan.git'",
        // Newlines, tabs and doubled spaces: one command, one quoted word, nothing after it.
        "git-upload-pack '/srv/git/toa-soan.git'\nbash", "git-upload-pack '/srv/git/toa-soan.git'\n",
        "git-upload-pack '/srv/git/toa-soan.git\n'", "git-upload-pack\t'/srv/git/toa-soan.git'",
        "git-upload-pack  '/srv/git/toa-soan.git'", "git-upload-pack '/srv/git/toa-soan.git' ", "\ngit-upload-pack 'toa-soan.git'",
        "git-upload-pack '/srv/git/toa-soan.git'$(id)", "git-upload-pack '/srv/git/'toa-soan.git''x",
        // Another user's home, another spelling of a relative path, the case of a name.
        "git-upload-pack '~hangoc/toa-soan.git'", "git-upload-pack '~/../toa-soan.git'", "git-upload-pack 'TOA-SOAN.git'",
        "git-upload-pack './toa-soan.git'", "git-upload-pack '.git'",
    ])
    func refused(_ command: String) {
        #expect(throws: GalleyError.self) {
            try SSHEntry.decide(originalCommand: command, person: "hangoc", repositories: Self.repositories)
        }
    }

    @Test("a symbolic link reaches only what it resolves to, and git runs on the listed path")
    func symbolicLinks() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ssh-entry-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let listed = folder.appendingPathComponent("srv/toa-soan.git")
        let other = folder.appendingPathComponent("srv/other.git")
        for directory in [listed, other, folder.appendingPathComponent("home")] {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        }
        let toOther = folder.appendingPathComponent("home/toa-soan.git")
        try FileManager.default.createSymbolicLink(at: toOther, withDestinationURL: other)
        let toListed = folder.appendingPathComponent("home/link.git")
        try FileManager.default.createSymbolicLink(at: toListed, withDestinationURL: listed)

        #expect(throws: GalleyError.self) {
            try SSHEntry.decide(originalCommand: "git-receive-pack '\(toOther.path)'", person: "thanhphu", repositories: [listed.path])
        }
        let linked = try SSHEntry.decide(originalCommand: "git-receive-pack '\(toListed.path)'", person: "thanhphu", repositories: [listed.path])
        #expect(linked.repository == listed.path)
        // A listed path that is itself a link to another repository is the admin's word; a link beside it is not.
        let viaDotDot = "git-receive-pack '\(folder.path)/home/../srv/other.git'"
        #expect(throws: GalleyError.self) {
            try SSHEntry.decide(originalCommand: viaDotDot, person: "thanhphu", repositories: [listed.path])
        }
    }

    @Test("what a client could pass through sshd's AcceptEnv is removed before git runs")
    func smuggledEnvironment() {
        let environment = [
            "GIT_CONFIG_COUNT": "1", "GIT_CONFIG_KEY_0": "core.hooksPath", "GIT_CONFIG_VALUE_0": "/nonexistent",
            "GIT_CONFIG_PARAMETERS": "'core.hookspath'='/x'", "GIT_DIR": "/srv/git/other.git", "GIT_OBJECT_DIRECTORY": "/tmp",
            "GL_USER": "hangoc", "REMOTE_USER": "tbt", "GITEA_PUSHER_NAME": "tbt", "GL_USERNAME": "tbt", "GALLEY_PUSHER": "tbt",
            "GIT_PROTOCOL": "version=2", "LANG": "vi_VN.UTF-8", "LC_ALL": "C.UTF-8", "PATH": "/usr/bin", "HOME": "/srv/git",
        ]
        let removed = SSHEntry.smuggled(in: environment)
        #expect(Set(removed) == Set(environment.keys).subtracting(["GIT_PROTOCOL", "LANG", "LC_ALL", "PATH", "HOME"]))
    }

    @Test func noCommandMeansAShellAndIsRefused() throws {
        let error = try #require(throws: GalleyError.self) {
            try SSHEntry.decide(originalCommand: nil, person: "hangoc", repositories: Self.repositories)
        }
        #expect(error.detail == .sshEntryNoShell(person: "hangoc"))
        #expect(error.kind == .refused)
    }

    @Test func theLineMustNameAPersonAndRepositories() throws {
        let person = try #require(throws: GalleyError.self) {
            try SSHEntry.decide(originalCommand: "git-upload-pack 'x.git'", person: "a b", repositories: Self.repositories)
        }
        #expect(person.detail == .sshEntryBadPerson(person: "a b"))
        let none = try #require(throws: GalleyError.self) {
            try SSHEntry.decide(originalCommand: "git-upload-pack 'x.git'", person: "hangoc", repositories: [])
        }
        #expect(none.detail == .sshEntryNeedsRepositories)
        let relative = try #require(throws: GalleyError.self) {
            try SSHEntry.decide(originalCommand: "git-upload-pack 'x.git'", person: "hangoc", repositories: ["srv/x.git"])
        }
        #expect(relative.detail == .sshEntryNeedsRepositories)
    }

    @Test("a quote in the path, as git's sq_quote writes it") func quotedPath() throws {
        #expect(SSHEntry.unquote("'/srv/git/it'\\''s.git'") == "/srv/git/it's.git")
        #expect(SSHEntry.unquote("'a' 'b'") == nil)
        #expect(SSHEntry.unquote("'a") == nil)
    }
}

/// Where the hook finds the pusher.
struct PusherTests {
    @Test func theMostSpecificVariableWins() {
        #expect(Pusher.named(in: [:]) == nil)
        #expect(Pusher.named(in: ["REMOTE_USER": ""]) == nil)
        #expect(Pusher.named(in: ["REMOTE_USER": "hangoc"]) == Pusher(login: "hangoc", source: "REMOTE_USER"))
        #expect(Pusher.named(in: ["REMOTE_USER": "web", "GL_USER": "hangoc"])?.login == "hangoc")
        #expect(Pusher.named(in: ["GITEA_PUSHER_NAME": "a", "GL_USERNAME": "b"])?.login == "a")
        #expect(Pusher.named(in: ["GL_USERNAME": "b", "REMOTE_USER": "c"])?.login == "b")
        #expect(Pusher.named(in: ["GALLEY_PUSHER": "tbt", "GL_USER": "x", "REMOTE_USER": "y"])
            == Pusher(login: "tbt", source: "GALLEY_PUSHER", contradictions: ["GL_USER=x", "REMOTE_USER=y"]))
        // Two servers saying the same (gitolite over http sets GL_USER and REMOTE_USER) agree.
        #expect(Pusher.named(in: ["GL_USER": "hangoc", "REMOTE_USER": "hangoc"]) == Pusher(login: "hangoc", source: "GL_USER"))
        #expect(Pusher.named(in: ["REMOTE_USER": "web", "GL_USER": "hangoc"])?.contradictions == ["REMOTE_USER=web"])
        // An empty variable is no name (the next one speaks); whitespace is a name nobody has, never trimmed to one.
        #expect(Pusher.named(in: ["GALLEY_PUSHER": "", "GL_USER": "", "REMOTE_USER": "thanhphu"]) == Pusher(login: "thanhphu", source: "REMOTE_USER"))
        #expect(Pusher.named(in: ["GALLEY_PUSHER": " ", "REMOTE_USER": "thanhphu"])
            == Pusher(login: " ", source: "GALLEY_PUSHER", contradictions: ["REMOTE_USER=thanhphu"]))
        #expect(Pusher.named(in: ["REMOTE_USER": "hangoc\n"])?.login == "hangoc\n")
    }
}
