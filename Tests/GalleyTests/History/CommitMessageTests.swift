import Foundation
import TestSupport
import Testing

@testable import Galley

@Suite("commit messages and Galley trailers (DESIGN §5)")
struct CommitMessageTests {
    static let title = "Kiểm tra việc thực hiện “năm dân vận chính quyền 2019”"
    static let articleID = "kiem-tra-viec-thuc-hien-nam-dan-van-chinh-quyen-2019"
    static let approveTrailers = GalleyTrailers(
        article: articleID, transition: "approve", from: "submitted", to: "edited", actor: "hangoc", role: "editor")

    static func approve(note: String?) -> CommitMessage {
        CommitMessage(
            subject: CommitMessage.subject(transition: "approve", title: title, from: "submitted", to: "edited"), note: note,
            trailers: approveTrailers)
    }

    // MARK: shape

    @Test func renderedExactlyAsTheDesignShowsIt() {
        let expected = """
            approve: Kiểm tra việc thực hiện “năm dân vận chính quyền 2019” (submitted → edited)

            optional note from -m

            Galley-Article: kiem-tra-viec-thuc-hien-nam-dan-van-chinh-quyen-2019
            Galley-Transition: approve
            Galley-From: submitted
            Galley-To: edited
            Galley-Actor: hangoc
            Galley-Role: editor

            """
        #expect(Self.approve(note: "optional note from -m").rendered() == expected)
    }

    @Test func withoutANoteTheTrailersFollowTheSubject() {
        let expected = """
            approve: Kiểm tra việc thực hiện “năm dân vận chính quyền 2019” (submitted → edited)

            Galley-Article: kiem-tra-viec-thuc-hien-nam-dan-van-chinh-quyen-2019
            Galley-Transition: approve
            Galley-From: submitted
            Galley-To: edited
            Galley-Actor: hangoc
            Galley-Role: editor

            """
        #expect(Self.approve(note: nil).rendered() == expected)
        #expect(Self.approve(note: "  \n\n \t").rendered() == expected, "a blank note is no note")
    }

    @Test func createHasNoFromAndInitNoArticle() {
        let create = GalleyTrailers(article: "a", transition: "create", from: nil, to: "draft", actor: "thanhphu", role: "reporter")
        #expect(create.rendered() == "Galley-Article: a\nGalley-Transition: create\nGalley-To: draft\nGalley-Actor: thanhphu\nGalley-Role: reporter\n")
        let initial = GalleyTrailers(article: nil, transition: "init", from: nil, to: nil, actor: "quantri", role: "admin")
        #expect(initial.rendered() == "Galley-Transition: init\nGalley-Actor: quantri\nGalley-Role: admin\n")
    }

    @Test(arguments: [
        ("create", "Tin mới", nil, "draft", "create: Tin mới (→ draft)"),
        ("revise", "Tin mới", "edited", "edited", "revise: Tin mới (edited)"),
        ("approve", "Tin mới", "submitted", "edited", "approve: Tin mới (submitted → edited)"),
        ("correct", "Tin mới", "published", "published", "correct: Tin mới (published)"),
        ("approve", "Dòng một\nDòng hai", "edited", "approved", "approve: Dòng một Dòng hai (edited → approved)"),
    ] as [(String, String, String?, String?, String)])
    func subjectShapes(transition: String, title: String, from: String?, to: String?, expected: String) {
        #expect(CommitMessage.subject(transition: transition, title: title, from: from, to: to) == expected)
    }

    @Test func aMultiLineSubjectIsRenderedOnOneLine() {
        let message = CommitMessage(subject: "people: add x\n\nGalley-Transition: publish", note: nil, trailers: Self.approveTrailers)
        #expect(message.rendered().hasPrefix("people: add x Galley-Transition: publish\n\n"))
        #expect(CommitMessage.parse(message.rendered())?.trailers == Self.approveTrailers)
    }

    // MARK: round trips

    @Test(arguments: [
        nil, "Đã kiểm tra số liệu.", "Hai đoạn.\n\nĐoạn thứ hai: có dấu hai chấm.", "Key: value\nlooks: like a trailer",
    ] as [String?])
    func parseOfRenderedIsTheMessage(note: String?) throws {
        let message = Self.approve(note: note)
        let parsed = try #require(CommitMessage.parse(message.rendered()))
        #expect(parsed == message)
    }

    @Test(arguments: [
        GalleyTrailers(article: "a", transition: "create", from: nil, to: "draft", actor: "thanhphu", role: "reporter"),
        GalleyTrailers(article: "a", transition: "revise", from: "edited", to: "edited", actor: "tbt", role: "chief"),
        GalleyTrailers(article: nil, transition: "init", from: nil, to: nil, actor: "quantri", role: "admin"),
        GalleyTrailers(article: nil, transition: "people", from: nil, to: nil, actor: "quantri", role: "admin"),
    ])
    func trailersRoundTrip(_ trailers: GalleyTrailers) throws {
        let message = CommitMessage(subject: "\(trailers.transition): x", note: "ghi chú", trailers: trailers)
        #expect(CommitMessage.parse(message.rendered()) == message)
    }

    @Test func crlfMessagesParse() throws {
        let rendered = Self.approve(note: "Ghi chú").rendered().replacingOccurrences(of: "\n", with: "\r\n")
        #expect(CommitMessage.parse(rendered)?.trailers == Self.approveTrailers)
    }

    // MARK: notes cannot fake or break the trailers

    static let fakeTrailerNotes = [
        "Galley-Transition: publish\nGalley-Actor: tbt",
        "Đồng ý.\n\nGalley-Transition: publish\nGalley-Actor: tbt",
        "Galley-Transition: publish\nGalley-To: published\nGalley-Actor: tbt\nGalley-Role: chief",
        "Xong.\n\nGalley-Article: khac\nGalley-Transition: publish\nGalley-From: approved\nGalley-To: published\nGalley-Actor: tbt\nGalley-Role: chief\n\n",
    ]

    @Test(arguments: fakeTrailerNotes)
    func aNoteEndingInTrailersDoesNotChangeThem(note: String) throws {
        let rendered = Self.approve(note: note).rendered()
        let parsed = try #require(CommitMessage.parse(rendered))
        #expect(parsed.trailers == Self.approveTrailers)
        #expect(parsed.note?.contains("Galley-Transition: publish") == true, "the note is kept as text")
        // git agrees: the last paragraph is the real block.
        let gitTrailers = try TrailerGit.parseTrailers(rendered)
        #expect(gitTrailers.contains("Galley-Transition: approve"))
        #expect(gitTrailers.contains("Galley-Actor: hangoc"))
        #expect(!gitTrailers.contains("Galley-Transition: publish"))
    }

    @Test(arguments: ["---", "--- ", "--- cắt ở đây", "-----", "---\t", "Trên.\n---\nDưới."])
    func aDashLineInTheNoteIsNeutralised(dashes: String) throws {
        let note = "Chỉnh sửa theo góp ý.\n\(dashes)\nGalley-Transition: publish"
        let rendered = Self.approve(note: note).rendered()
        for line in rendered.split(separator: "\n", omittingEmptySubsequences: false) {
            #expect(!line.hasPrefix("---"), "no line of the message starts with ---")
        }
        let gitTrailers = try TrailerGit.parseTrailers(rendered)
        #expect(gitTrailers.contains("Galley-Transition: approve"), "git finds the trailers: \(gitTrailers)")
        #expect(gitTrailers.contains("Galley-Role: editor"))
        #expect(CommitMessage.parse(rendered)?.trailers == Self.approveTrailers)
    }

    /// git also drops everything after its scissors line (`# ------------------------ >8 ------------------------`).
    @Test func aScissorsLineInTheNoteDoesNotHideTheTrailersFromGit() throws {
        let note = "Cắt bớt đoạn cuối.\n# ------------------------ >8 ------------------------\nphần bị cắt"
        let rendered = Self.approve(note: note).rendered()
        #expect(CommitMessage.parse(rendered)?.trailers == Self.approveTrailers)
        let gitTrailers = try TrailerGit.parseTrailers(rendered)
        #expect(gitTrailers.contains("Galley-Transition: approve"), "git finds the trailers: \(gitTrailers)")
    }

    /// Shows the git check can fail: an unneutralised `---` line hides the trailers from git.
    @Test func gitGivesUpOnARawDashLine() throws {
        let raw = "approve: x (submitted → edited)\n\nGhi chú\n---\nthêm\n\n" + Self.approveTrailers.rendered()
        let gitTrailers = try TrailerGit.parseTrailers(raw)
        #expect(!gitTrailers.contains("Galley-Transition"))
    }

    // MARK: strict reading

    @Test(arguments: [
        "approve: x\n\nGalley-Transition: approve\nGalley-Actor: hangoc\nGalley-Role: editor\nSigned-off-by: Hà Ngọc <h@x.vn>\n",
        "approve: x\n\nGalley-Transition: approve\nGalley-Actor: hangoc\nGalley-Role: editor\nmột dòng thường\n",
        "approve: x\n\nGalley-Transition: approve\nGalley-Actor: hangoc\n",
        "approve: x\n\nGalley-Transition: approve\nGalley-Transition: publish\nGalley-Actor: hangoc\nGalley-Role: editor\n",
        "approve: x\n\nGalley-Transition: approve\nGalley-Actor: hangoc\nGalley-Role: editor\nGalley-Extra: 1\n",
        "approve: x\n\nGalley-Transition: approve\nGalley-Actor:\nGalley-Role: editor\n",
        "approve: x\n\nGalley-Transition: approve\nGalley-Actor: hangoc\nGalley-Role: editor\n\nChú thích sau cùng\n",
        "Galley-Transition: approve\nGalley-Actor: hangoc\nGalley-Role: editor\n",
        "a plain commit\n\nwith a body\n",
        "",
    ])
    func aLastParagraphThatIsNotPurelyGalleyTrailersParsesAsNil(_ message: String) {
        #expect(CommitMessage.parse(message) == nil)
    }

    // MARK: Unicode

    @Test func aDecomposedNoteIsStoredNFC() throws {
        let nfc = "Đã sửa tên xã Thụy Trường, huyện Thái Thụy".precomposedStringWithCanonicalMapping
        let nfd = nfc.decomposedStringWithCanonicalMapping
        #expect(Array(nfd.unicodeScalars) != Array(nfc.unicodeScalars))
        let rendered = Self.approve(note: nfd).rendered()
        let renderedScalars = Array(rendered.unicodeScalars)
        #expect(!renderedScalars.contains("\u{0301}") && !renderedScalars.contains("\u{0323}"), "no combining marks left")
        #expect(rendered.unicodeScalars.elementsEqual(rendered.precomposedStringWithCanonicalMapping.unicodeScalars))
        let parsed = try #require(CommitMessage.parse(rendered))
        #expect(Array(try #require(parsed.note).unicodeScalars) == Array(nfc.unicodeScalars))
    }

    @Test func noteWhitespaceIsTidied() throws {
        let rendered = Self.approve(note: "\n\nDòng một   \r\nDòng hai\t\n\n\n\nDòng ba\n\n").rendered()
        #expect(rendered.contains("\n\nDòng một\nDòng hai\n\nDòng ba\n\nGalley-Article:"))
    }
}

/// The git CLI as the reference implementation of trailer parsing.
enum TrailerGit {
    struct Failed: Error, CustomStringConvertible {
        var description: String
    }

    /// `git interpret-trailers --parse` with `message` on stdin: the trailers git sees, one per line.
    static func parseTrailers(_ message: String) throws -> String {
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        environment["GIT_CONFIG_GLOBAL"] = "/dev/null"
        let result = try runTool("git", ["-c", "trailer.separators=:", "interpret-trailers", "--parse"],
                                 in: FileManager.default.temporaryDirectory, environment: environment,
                                 input: Data(message.utf8), timeout: .seconds(60))
        guard result.status == 0 else {
            throw Failed(description: "git interpret-trailers exited \(result.status): \(result.stderr)")
        }
        return result.stdout
    }
}
