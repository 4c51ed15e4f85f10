// galley-history: writes a large, valid newsroom history as a `git fast-import`
// stream on stdout, for benchmarks and for tests that need many commits.
// Every step is taken through Galley's own workflow engine and rendered with
// Galley's own front matter and commit message code, so `galley verify`
// accepts the result. Deterministic for a given seed.
//
// With `--keys DIR`, every person gets the ed25519 key DIR/<id>.pub in the
// init commit's people.yaml and galley.yaml says `signing: required`; the
// stream itself is unsigned (fast-import cannot write gpgsig headers), so the
// caller re-signs each commit with its actor's private key DIR/<id> (as
// `galley-bench --signed` does). `--list-people` prints the person ids.
//
// Usage: galley-history --articles N --commits M [--seed S] [--keys DIR] | git fast-import --quiet
//        galley-history --list-people
import Foundation
import Galley

struct Options {
    var articles = 1_000
    var commits = 10_000
    var seed: UInt64 = 2019
    var keys: String?
    var listPeople = false

    init(_ arguments: [String]) {
        var iterator = arguments.makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--articles": articles = max(1, Self.number(iterator.next()))
            case "--commits": commits = max(1, Self.number(iterator.next()))
            case "--seed": seed = UInt64(Self.number(iterator.next()))
            case "--keys":
                guard let directory = iterator.next() else { Self.usage() }
                keys = directory
            case "--list-people": listPeople = true
            default: Self.usage()
            }
        }
    }

    private static func number(_ text: String?) -> Int { text.flatMap { Int($0) }.map { max(0, $0) } ?? 0 }

    private static func usage() -> Never {
        FileHandle.standardError.write(Data(
            "usage: galley-history --articles N --commits M [--seed S] [--keys DIR]\n       galley-history --list-people\n".utf8))
        exit(64)
    }
}

func fail(_ text: String) -> Never {
    FileHandle.standardError.write(Data("galley-history: \(text)\n".utf8))
    exit(1)
}

/// SplitMix64: a small deterministic generator, so a seed always gives the same history.
struct Random {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
}

/// Buffered fast-import writer.
struct Stream {
    var buffer = Data()
    mutating func write(_ text: String) { buffer.append(contentsOf: Array(text.utf8)); flushIfLarge() }
    mutating func data(_ text: String) {
        let bytes = Array(text.utf8)
        write("data \(bytes.count)\n")
        buffer.append(contentsOf: bytes)
        write("\n")
    }
    mutating func flushIfLarge() { if buffer.count > 1 << 20 { flush() } }
    mutating func flush() {
        FileHandle.standardOutput.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}

let words = [
    "dân", "vận", "chính", "quyền", "tỉnh", "huyện", "xã", "nông", "dân", "lúa", "mùa", "cầu", "đường", "trường", "học",
    "y", "tế", "bệnh", "viện", "đầu", "tư", "kinh", "tế", "văn", "hóa", "thể", "thao", "giao", "thông", "Đặng", "Đồng",
    "người", "dân", "cán", "bộ", "kiểm", "tra", "hội", "nghị", "tổng", "kết", "ưu", "tiên", "phát", "triển", "bền", "vững",
]

func sentence(_ random: inout Random, _ count: Int) -> String {
    var parts: [String] = []
    for _ in 0..<count { parts.append(random.pick(words)) }
    let text = parts.joined(separator: " ")
    return text.prefix(1).uppercased() + text.dropFirst() + "."
}

func body(_ random: inout Random) -> String {
    (0..<(2 + random.below(3))).map { _ in (0..<3).map { _ in sentence(&random, 8 + random.below(10)) }.joined(separator: " ") }
        .joined(separator: "\n\n")
}

struct InFlight {
    var document: ArticleDocument
    var path: String
    var extraRevisions: Int
}

let options = Options(Array(CommandLine.arguments.dropFirst()))
var random = Random(state: options.seed)
var stream = Stream()
let offset = 7 * 3600
var clock = 1_451_606_400  // 2016-01-01
let step = max(1, 315_000_000 / options.commits)

guard let workflowText = BuiltIn.workflow(named: "standard") else { exit(1) }
let workflow: Workflow
do {
    workflow = try WorkflowLoader.load(workflowText)
} catch {
    fail("\(error)")
}

var staff = [Person(id: "quantri", name: "Nguyễn Quản Trị", email: "quantri@baomau.vn", roles: ["admin"])]
let reporters = (1...20).map { Person(id: String(format: "pv%02d", $0), name: "Phóng Viên \($0)", email: "pv\($0)@baomau.vn", roles: ["reporter"]) }
let editors = (1...5).map { Person(id: String(format: "btv%02d", $0), name: "Biên Tập \($0)", email: "btv\($0)@baomau.vn", roles: ["editor"]) }
let chiefs = [
    Person(id: "tbt", name: "Tổng Biên Tập", email: "tbt@baomau.vn", roles: ["chief"]),
    Person(id: "ptbt", name: "Phó Tổng Biên Tập", email: "ptbt@baomau.vn", roles: ["chief"]),
]
staff += reporters + editors + chiefs
if options.listPeople {
    print(staff.map(\.id).joined(separator: "\n"))
    exit(0)
}
if let directory = options.keys {
    // Added at the start of the clock, so before the init commit that lists them (git's valid-after).
    let added = Timestamp(date: Date(timeIntervalSince1970: TimeInterval(clock)), offsetSeconds: offset)
    for index in staff.indices {
        let path = directory + "/" + staff[index].id + ".pub"
        guard let data = FileManager.default.contents(atPath: path) else { fail("no public key \(path)") }
        let line = String(decoding: data, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? ""
        do {
            staff[index].keys = [PersonKey(key: try SSHPublicKey.parse(line), added: added)]
        } catch {
            fail("\(path): \(error.message)")
        }
    }
}
let people = Dictionary(uniqueKeysWithValues: staff.map { ($0.id, $0) })

var commits = 0

/// Moves the clock to the next commit's time; a step's `updated` is its commit's time.
@MainActor func tick() -> Timestamp {
    clock += step / 2 + random.below(step)
    return now()
}

@MainActor func emit(_ actor: Person, _ message: CommitMessage, _ files: [(String, String)]) {
    stream.write("commit refs/heads/main\n")
    stream.write("author \(actor.name) <\(actor.email)> \(clock) +0700\n")
    stream.write("committer \(actor.name) <\(actor.email)> \(clock) +0700\n")
    stream.data(message.rendered())
    for (path, content) in files {
        stream.write("M 100644 inline \(path)\n")
        stream.data(content)
    }
    stream.write("\n")
    commits += 1
}

@MainActor func now() -> Timestamp { Timestamp(date: Date(timeIntervalSince1970: TimeInterval(clock)), offsetSeconds: offset) }

/// The rules every generated step is judged by (set by the init commit).
var rules = RulesInForce(config: NewsroomConfig(name: ""), workflow: workflow, people: People(staff))

// init
do {
    let admin = staff[0]
    var config = NewsroomConfig(name: "Báo Mẫu")
    config.branch = "main"
    if options.keys != nil { config.extra.append((key: NewsroomConfig.signingKey, value: "required")) }
    rules = RulesInForce(config: config, workflow: workflow, people: People(staff))
    _ = tick()
    emit(
        admin,
        CommitMessage(
            subject: "init: Báo Mẫu", note: nil,
            trailers: GalleyTrailers(article: nil, transition: StepName.initialize, from: nil, to: nil, actor: admin.id, role: AdminRule.role)),
        [("galley.yaml", config.rendered()), ("workflow.yaml", workflowText), ("people.yaml", People(staff).rendered())])
}

var inFlight: [InFlight] = []
var created = 0
let window = 40
let naturalSteps = 6
let extraPerArticle = max(0, options.commits / options.articles - naturalSteps)

/// Takes `step` on the article at `index` (nil: a new article) through Galley's own step
/// semantics, as the CLI would; returns whether the workflow allowed it.
@discardableResult
@MainActor func take(_ kind: ArticleStep.Kind, _ index: Int?, article: String, by actor: Person, note: String? = nil,
                     content: ArticleContent? = nil) -> Bool {
    let current = index.map { StoredArticle(path: inFlight[$0].path, document: inFlight[$0].document) }
    // Judged at the next commit's time, which is kept only when the step is taken.
    let saved = clock
    let request = ArticleStep(kind: kind, article: article, actor: actor, note: note, time: tick(), content: content)
    guard case .success(let outcome) = StepSemantics.apply(request, to: current, under: rules) else {
        clock = saved
        return false
    }
    if let index {
        inFlight[index].document = outcome.document
    } else {
        inFlight.append(InFlight(document: outcome.document, path: outcome.path, extraRevisions: extraPerArticle))
    }
    emit(actor, CommitMessage(subject: outcome.subject, note: note, trailers: outcome.trailers), [(outcome.path, outcome.document.rendered())])
    return true
}

@MainActor func take(_ index: Int, _ name: String, by actor: Person, note: String? = nil, newBody: String? = nil) {
    var content: ArticleContent?
    if let newBody {
        content = ArticleContent(of: inFlight[index].document)
        content?.body = newBody
    }
    take(.transition(name), index, article: inFlight[index].document.meta.id, by: actor, note: note, content: content)
}

@MainActor func revise(_ index: Int, by actor: Person) {
    var content = ArticleContent(of: inFlight[index].document)
    content.body = body(&random)
    take(.revise, index, article: inFlight[index].document.meta.id, by: actor, content: content)
}

var usedIDs: Set<String> = []
while commits < options.commits {
    if inFlight.count < window && created < options.articles {
        let author = random.pick(reporters)
        let title = sentence(&random, 6 + random.below(6)).dropLast().description + " \(created + 1)"
        let base = ArticleID.slug(from: title)
        var id = base
        var suffix = 2
        while usedIDs.contains(id) {
            id = "\(base)-\(suffix)"
            suffix += 1
        }
        usedIDs.insert(id)
        let content = ArticleContent(
            title: title, byline: author.name, section: random.pick(["thoi-su", "kinh-te", "xa-hoi", "van-hoa"]),
            tags: [random.pick(words)], body: body(&random))
        if take(.create, nil, article: id, by: author, content: content) { created += 1 }
        continue
    }
    guard !inFlight.isEmpty else { break }
    let index = random.below(inFlight.count)
    let meta = inFlight[index].document.meta
    guard let author = people[meta.author] else { break }
    var done = false
    switch meta.state {
    case "draft", "returned":
        if inFlight[index].extraRevisions > 0 || random.chance(20) {
            inFlight[index].extraRevisions -= 1
            revise(index, by: author)
        } else if meta.state == "draft" && random.chance(3) {
            take(index, "spike", by: author, note: "Trùng đề tài với bài đã đăng")
            done = true
        } else {
            take(index, "submit", by: author)
        }
    case "submitted":
        let editor = random.pick(editors)
        if random.chance(25) {
            revise(index, by: editor)
        } else if random.chance(8) {
            take(index, "reject", by: editor, note: "Cần bổ sung ý kiến của người dân")
        } else {
            take(index, "approve", by: editor)
        }
    case "edited":
        let chief = random.pick(chiefs)
        if random.chance(8) {
            take(index, "reject", by: chief, note: "Chưa đủ thông tin, đề nghị xác minh lại")
        } else {
            take(index, "approve", by: chief)
        }
    case "approved":
        take(index, "publish", by: random.pick(chiefs))
    case "published":
        if random.chance(4) {
            take(index, "correct", by: random.pick(chiefs), note: "Sửa lỗi chính tả tên địa danh", newBody: body(&random))
        } else if random.chance(2) {
            take(index, "retract", by: random.pick(chiefs), note: "Gỡ theo yêu cầu của cơ quan chức năng")
        }
        done = true
    default:
        done = true
    }
    if done || workflow.state(inFlight[index].document.meta.state)?.isFinal == true {
        inFlight.remove(at: index)
    }
}
stream.flush()
FileHandle.standardError.write(Data("galley-history: \(commits) commits, \(created) articles\n".utf8))
