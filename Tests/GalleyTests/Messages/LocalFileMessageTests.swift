import Foundation
import Testing

@testable import Galley

/// A file, folder or program on the person's own machine that failed, in both languages: one
/// sample per case, the Vietnamese in NFC, the facts (paths, the editor, the system's words) in both.
@Suite("Local file messages")
struct LocalFileMessageTests {
    static let samples: [LocalFileMessage] = [
        .editorNotStarted(editor: "nano-khong-co", detail: "No such file or directory"),
        .editorFailed(editor: "vim", status: 1),
        .editorFailed(editor: "nano-khong-co", status: 127),
        .editedTextKept(path: "tmp/galley-cau-dong-lac-1a2b3c4d.md"),
        .fileNotWritten(path: "news.git/galley/passwords", detail: "No space left on device"),
        .folderNotCreated(path: "news.git/galley", detail: "Permission denied"),
        .fileNotRead(path: "news.git/galley/passwords"),
        .malformedPasswordLine(path: "news.git/galley/passwords"),
        .malformedDeskKeyLine(path: "news.git/galley/desk-keys"),
        .passwordParametersOutOfRange(costLog2: 30, blockSize: 8, parallelism: 1),
        .lockNotOpened(path: "news.git/galley/passwords.lock", detail: "Permission denied"),
        .lockNotTaken(path: "news.git/galley/passwords.lock", detail: "Interrupted system call"),
        .writeLockFailed(central: nil, detail: "failed to create lock file"),
        .writeLockFailed(central: "central.git", detail: "failed to create lock file"),
        .indexNotCreated(path: "news/.git/galley/index.sqlite", detail: "SQLite error 14: unable to open database file"),
        .indexNotUpdated(path: "news/.git/galley/index.sqlite", detail: "SQLite error 13: database or disk is full"),
        .indexNotRead(path: "news/.git/galley/index.sqlite", detail: "SQLite error 11: database disk image is malformed"),
        .hookDirectoryNotUsable(path: "central.git/galley/hook-directory.sqlite", detail: "SQLite error 14"),
        .hookDirectoryNotRead(detail: "SQLite error 11"),
        .repositoryNotCreated(path: "toa-soan", detail: "could not create directory"),
        .repositoryNotOpenedFromEnvironment(detail: "could not find repository at '.'"),
        .binaryNotLocated,
    ]

    static func name(of message: LocalFileMessage) -> String {
        switch message {
        case .editorNotStarted: "editorNotStarted"
        case .editorFailed(_, let status): status == 127 ? "editorFailed.notFound" : "editorFailed"
        case .editedTextKept: "editedTextKept"
        case .fileNotWritten: "fileNotWritten"
        case .folderNotCreated: "folderNotCreated"
        case .fileNotRead: "fileNotRead"
        case .malformedPasswordLine: "malformedPasswordLine"
        case .malformedDeskKeyLine: "malformedDeskKeyLine"
        case .passwordParametersOutOfRange: "passwordParametersOutOfRange"
        case .lockNotOpened: "lockNotOpened"
        case .lockNotTaken: "lockNotTaken"
        case .writeLockFailed(let central, _): central == nil ? "writeLockFailed" : "writeLockFailed.central"
        case .indexNotCreated: "indexNotCreated"
        case .indexNotUpdated: "indexNotUpdated"
        case .indexNotRead: "indexNotRead"
        case .hookDirectoryNotUsable: "hookDirectoryNotUsable"
        case .hookDirectoryNotRead: "hookDirectoryNotRead"
        case .repositoryNotCreated: "repositoryNotCreated"
        case .repositoryNotOpenedFromEnvironment: "repositoryNotOpenedFromEnvironment"
        case .binaryNotLocated: "binaryNotLocated"
        }
    }

    /// The facts each rendering must carry, whatever the language.
    static func facts(of message: LocalFileMessage) -> [String] {
        switch message {
        case .editorNotStarted(let editor, let detail): [editor, detail, "EDITOR"]
        case .editorFailed(let editor, let status): [editor, "\(status)"] + (status == 127 ? ["EDITOR"] : [])
        case .editedTextKept(let path), .fileNotRead(let path), .malformedPasswordLine(let path), .malformedDeskKeyLine(let path): [path]
        case .fileNotWritten(let path, let detail), .folderNotCreated(let path, let detail), .lockNotOpened(let path, let detail),
             .lockNotTaken(let path, let detail), .indexNotCreated(let path, let detail), .indexNotUpdated(let path, let detail),
             .indexNotRead(let path, let detail), .hookDirectoryNotUsable(let path, let detail), .repositoryNotCreated(let path, let detail):
            [path, detail]
        case .passwordParametersOutOfRange(let costLog2, let blockSize, let parallelism): ["2^\(costLog2)", "r=\(blockSize)", "p=\(parallelism)"]
        case .writeLockFailed(let central, let detail): [detail] + (central.map { [$0] } ?? [])
        case .hookDirectoryNotRead(let detail), .repositoryNotOpenedFromEnvironment(let detail): [detail]
        case .binaryNotLocated: ["galley"]
        }
    }

    @Test func everyCaseHasASample() {
        #expect(Set(Self.samples.map(Self.name)).count == Self.samples.count)
    }

    @Test("rendered in both languages, differently, the Vietnamese in NFC, the facts in both", arguments: samples)
    func bothLanguages(_ fact: LocalFileMessage) {
        let vietnamese = Catalog.render(.localFile(fact), in: .vi)
        let english = Catalog.render(.localFile(fact), in: .en)
        #expect(!vietnamese.isEmpty && !english.isEmpty && vietnamese != english)
        #expect(vietnamese == vietnamese.precomposedStringWithCanonicalMapping, "not NFC: \(vietnamese)")
        #expect(!vietnamese.contains("\n") && !english.contains("\n"))
        for text in [vietnamese, english] {
            for fact in Self.facts(of: fact) { #expect(text.contains(fact), "\(text) lacks \(fact)") }
        }
    }

    @Test("the English is the wording scripts already read")
    func englishAsBefore() {
        #expect(Catalog.render(.localFile(.malformedPasswordLine(path: "p")), in: .en) == "p holds a line that is not id:scrypt$…: repair or remove it")
        #expect(Catalog.render(.localFile(.editorFailed(editor: "vim", status: 1)), in: .en) == "the editor 'vim' exited with status 1; nothing was committed")
        #expect(Catalog.render(.localFile(.writeLockFailed(central: nil, detail: "d")), in: .en) == "could not take the repository's write lock: d")
        #expect(Catalog.render(.localFile(.malformedPasswordLine(path: "p")), in: .vi).contains("hãy sửa hoặc xóa dòng đó"))
    }
}
