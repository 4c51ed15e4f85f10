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
        #expect(decision.environment == ["GALLEY_PUSHER": "hangoc"])
    }

    @Test("a shell, another command, another repository or a smuggled word is refused", arguments: [
        "bash", "sh -c 'id'", "git-upload-archive '/srv/git/toa-soan.git'", "scp -t /srv/git",
        "git-receive-pack '/srv/git/other.git'", "git-receive-pack '/etc'", "git-receive-pack '/srv/git/../git/x.git'",
        "git-receive-pack '../toa-soan.git'", "git-receive-pack 'toa-soan.git'; rm -rf /", "git-receive-pack 'toa-soan.git' 'x'",
        "git-receive-pack toa-soan.git", "git-receive-pack ''", "git-receive-pack 'toa-soan.git", "git-receive-pack '..'",
        "git-receive-pack '/srv/git/toa-soan.git/../ban-thoi-su.git/../../../etc'",
    ])
    func refused(_ command: String) {
        #expect(throws: GalleyError.self) {
            try SSHEntry.decide(originalCommand: command, person: "hangoc", repositories: Self.repositories)
        }
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
        #expect(Pusher.named(in: ["GALLEY_PUSHER": "tbt", "GL_USER": "x", "REMOTE_USER": "y"]) == Pusher(login: "tbt", source: "GALLEY_PUSHER"))
    }
}
