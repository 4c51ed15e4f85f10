import Foundation

/// The bytes of a `RulesCache` file: each value written in declaration order, strings and
/// arrays with their length first. Written by hand rather than through `Codable`: a
/// `JSONDecoder` read of a 6 KB file cost 6.4M instructions, a tenth of a bare approve, most
/// of it the generic decoding machinery's type checks; this reads it in a small fraction of
/// that. `RulesCacheTests` lists the stored properties each type had when this was written.
struct RulesCacheWriter {
    private(set) var bytes: [UInt8] = []

    mutating func int(_ value: Int) {
        withUnsafeBytes(of: Int64(value).littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    mutating func string(_ value: String) {
        int(value.utf8.count)
        bytes.append(contentsOf: value.utf8)
    }

    mutating func blob(_ value: [UInt8]) {
        int(value.count)
        bytes.append(contentsOf: value)
    }

    mutating func optional<Value>(_ value: Value?, _ write: (inout RulesCacheWriter, Value) -> Void) {
        bool(value != nil)
        if let value { write(&self, value) }
    }

    mutating func array<Element>(_ values: [Element], _ write: (inout RulesCacheWriter, Element) -> Void) {
        int(values.count)
        for value in values { write(&self, value) }
    }

    mutating func strings(_ values: [String]) { array(values) { $0.string($1) } }
}

/// Reads what `RulesCacheWriter` wrote; anything out of place (a short file, a count past its
/// end, bytes that are not UTF-8) is `Damaged`, and the cache is then ignored.
struct RulesCacheReader {
    struct Damaged: Error {}

    private let bytes: [UInt8]
    private var offset = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var isAtEnd: Bool { offset == bytes.count }

    mutating func int() throws(Damaged) -> Int {
        guard bytes.count - offset >= 8 else { throw Damaged() }
        var value: UInt64 = 0
        for index in 0..<8 { value |= UInt64(bytes[offset + index]) << (8 * index) }
        offset += 8
        return Int(Int64(bitPattern: value))
    }

    mutating func bool() throws(Damaged) -> Bool {
        guard offset < bytes.count, bytes[offset] <= 1 else { throw Damaged() }
        defer { offset += 1 }
        return bytes[offset] == 1
    }

    private mutating func count() throws(Damaged) -> Int {
        let count = try int()
        guard count >= 0, count <= bytes.count - offset else { throw Damaged() }
        return count
    }

    mutating func string() throws(Damaged) -> String {
        let count = try count()
        defer { offset += count }
        guard let text = String(validating: bytes[offset..<offset + count], as: UTF8.self) else { throw Damaged() }
        return text
    }

    mutating func blob() throws(Damaged) -> [UInt8] {
        let count = try count()
        defer { offset += count }
        return Array(bytes[offset..<offset + count])
    }

    mutating func optional<Value>(_ read: (inout RulesCacheReader) throws(Damaged) -> Value) throws(Damaged) -> Value? {
        try bool() ? try read(&self) : nil
    }

    mutating func array<Element>(_ read: (inout RulesCacheReader) throws(Damaged) -> Element) throws(Damaged) -> [Element] {
        // Every element takes at least one byte, so a count is never more than what is left.
        let count = try count()
        var values: [Element] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try read(&self)) }
        return values
    }

    mutating func strings() throws(Damaged) -> [String] { try array { (reader) throws(Damaged) in try reader.string() } }
}

/// The rules in force, value by value. Each type's `write` and `read` list the same
/// properties in the same order.
extension RulesInForce {
    func write(to out: inout RulesCacheWriter) {
        config.write(to: &out)
        workflow.write(to: &out)
        out.array(people.people) { $1.write(to: &$0) }
    }

    static func read(_ from: inout RulesCacheReader) throws(RulesCacheReader.Damaged) -> RulesInForce {
        RulesInForce(
            config: try NewsroomConfig.read(&from), workflow: try Workflow.read(&from),
            people: People(try from.array { (reader) throws(RulesCacheReader.Damaged) in try Person.read(&reader) }))
    }
}

extension NewsroomConfig {
    func write(to out: inout RulesCacheWriter) {
        out.string(name)
        out.string(language)
        out.string(timeZoneIdentifier)
        out.string(branch)
        out.array(extra) { out, setting in
            out.string(setting.key)
            out.string(setting.value)
        }
        out.array(sections) { out, section in
            out.string(section.key)
            out.string(section.label)
        }
    }

    static func read(_ from: inout RulesCacheReader) throws(RulesCacheReader.Damaged) -> NewsroomConfig {
        var config = NewsroomConfig(
            name: try from.string(), language: try from.string(), timeZoneIdentifier: try from.string(), branch: try from.string())
        config.extra = try from.array { (reader) throws(RulesCacheReader.Damaged) in (key: try reader.string(), value: try reader.string()) }
        config.sections = try from.array { (reader) throws(RulesCacheReader.Damaged) in
            NewsroomSection(key: try reader.string(), label: try reader.string())
        }
        return config
    }
}

extension Workflow {
    func write(to out: inout RulesCacheWriter) {
        out.int(version)
        out.string(name)
        out.optional(description) { $0.string($1) }
        out.strings(roles)
        out.array(states) { out, state in
            out.string(state.name)
            out.optional(state.label) { $0.string($1) }
            out.strings(state.edit)
            out.bool(state.isFinal)
            out.bool(state.isPublished)
            out.optional(state.line) { $0.int($1) }
        }
        out.array(transitions) { out, transition in
            out.string(transition.name)
            out.strings(transition.from)
            out.string(transition.to)
            out.strings(transition.by)
            out.strings(transition.forbid)
            out.bool(transition.requiresNote)
            out.bool(transition.requiresBody)
            out.bool(transition.isApproval)
            out.optional(transition.line) { $0.int($1) }
        }
        out.optional(transitionsLine) { $0.int($1) }
        out.strings(sectionRoles)
    }

    static func read(_ from: inout RulesCacheReader) throws(RulesCacheReader.Damaged) -> Workflow {
        typealias Damaged = RulesCacheReader.Damaged
        let version = try from.int()
        let name = try from.string()
        let description = try from.optional { (reader) throws(Damaged) in try reader.string() }
        let roles = try from.strings()
        let states = try from.array { (reader) throws(Damaged) in
            State(
                name: try reader.string(), label: try reader.optional { (reader) throws(Damaged) in try reader.string() },
                edit: try reader.strings(), isFinal: try reader.bool(), isPublished: try reader.bool(),
                line: try reader.optional { (reader) throws(Damaged) in try reader.int() })
        }
        let transitions = try from.array { (reader) throws(Damaged) in
            Transition(
                name: try reader.string(), from: try reader.strings(), to: try reader.string(), by: try reader.strings(),
                forbid: try reader.strings(), requiresNote: try reader.bool(), requiresBody: try reader.bool(),
                isApproval: try reader.bool(), line: try reader.optional { (reader) throws(Damaged) in try reader.int() })
        }
        var workflow = Workflow(
            version: version, name: name, description: description, roles: roles, states: states, transitions: transitions,
            transitionsLine: try from.optional { (reader) throws(Damaged) in try reader.int() })
        workflow.sectionRoles = try from.strings()
        return workflow
    }
}

extension Person {
    func write(to out: inout RulesCacheWriter) {
        out.string(id)
        out.string(name)
        out.string(email)
        out.strings(roles)
        out.bool(active)
        out.array(keys) { out, key in
            out.blob(key.key.blob)
            out.optional(key.added) { $1.write(to: &$0) }
            out.optional(key.revoked) { $1.write(to: &$0) }
        }
        out.optional(login) { $0.string($1) }
        out.optional(penName) { $0.string($1) }
        out.strings(sections)
    }

    static func read(_ from: inout RulesCacheReader) throws(RulesCacheReader.Damaged) -> Person {
        typealias Damaged = RulesCacheReader.Damaged
        return Person(
            id: try from.string(), name: try from.string(), email: try from.string(), roles: try from.strings(),
            active: try from.bool(),
            keys: try from.array { (reader) throws(Damaged) in
                // A key is checked again as it is read: the same check as people.yaml's.
                guard let key = SSHPublicKey(blob: try reader.blob()) else { throw Damaged() }
                return PersonKey(
                    key: key, added: try reader.optional { (reader) throws(Damaged) in try Timestamp.read(&reader) },
                    revoked: try reader.optional { (reader) throws(Damaged) in try Timestamp.read(&reader) })
            },
            login: try from.optional { (reader) throws(Damaged) in try reader.string() },
            penName: try from.optional { (reader) throws(Damaged) in try reader.string() }, sections: try from.strings())
    }
}

extension Timestamp {
    func write(to out: inout RulesCacheWriter) {
        out.int(Int(bitPattern: UInt(date.timeIntervalSince1970.bitPattern)))
        out.int(offsetSeconds)
    }

    static func read(_ from: inout RulesCacheReader) throws(RulesCacheReader.Damaged) -> Timestamp {
        let seconds = Double(bitPattern: UInt64(UInt(bitPattern: try from.int())))
        return Timestamp(date: Date(timeIntervalSince1970: seconds), offsetSeconds: try from.int())
    }
}
