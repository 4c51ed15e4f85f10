/// A JSON value with ordered keys, so output is stable and every contract
/// field is present (`null` when empty) — things `JSONEncoder` makes awkward.
public enum JSONValue: Sendable {
    case string(String)
    case number(Int)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }

    /// Compact (one line) or pretty (two-space indent) text.
    public func rendered(pretty: Bool = true, indent: String = "") -> String {
        String(decoding: utf8(pretty: pretty, indent: indent), as: UTF8.self)
    }

    /// `rendered` as UTF-8 bytes, what the executable writes: a 20,000-row listing is some
    /// 600,000 lines, and building them as a `String`, then copying it for the write, was
    /// most of its cost (issue 15).
    public func utf8(pretty: Bool = true, indent: String = "") -> [UInt8] {
        var out: [UInt8] = []
        write(into: &out, pretty: pretty, indent: Array(indent.utf8), depth: 0) { _ in }
        return out
    }

    /// `utf8` given to `emit` in pieces of about `piece` bytes, as it is written: a long listing
    /// is then never whole in memory (16 MB of JSON for 20,000 articles, whose growing buffer
    /// cost page faults and copies).
    public func writeUTF8(pretty: Bool = true, piece: Int = 1 << 16, _ emit: ([UInt8]) -> Void) {
        var out = Self.buffer(piece)
        write(into: &out, pretty: pretty, indent: [], depth: 0) { Self.flush(&$0, piece, emit) }
        if !out.isEmpty { emit(out) }
    }

    /// `JSONValue.array(Array(items)).writeUTF8(…)`, each item made only when it is written and
    /// freed after: a listing's 20,000 article objects are never all alive at once, and freeing
    /// them together at the end was a tenth of its cost (issue 15).
    public static func writeUTF8Array<Items: Sequence<JSONValue>>(
        _ items: Items, pretty: Bool = true, piece: Int = 1 << 16, _ emit: ([UInt8]) -> Void
    ) {
        var out = buffer(piece)
        writeArray(items, into: &out, pretty: pretty, indent: [], depth: 0) { flush(&$0, piece, emit) }
        if !out.isEmpty { emit(out) }
    }

    private static func buffer(_ piece: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(piece + piece / 4)
        return out
    }

    /// Gives `emit` what is written once it is a piece, and starts the next one in the same storage.
    private static func flush(_ out: inout [UInt8], _ piece: Int, _ emit: ([UInt8]) -> Void) {
        guard out.count >= piece else { return }
        emit(out)
        out.removeAll(keepingCapacity: true)
    }

    public func write(into out: inout String, pretty: Bool, indent: String) {
        out += rendered(pretty: pretty, indent: indent)
    }

    /// Writes the value whose lines (when `pretty`) are indented by `indent` and `depth` levels of
    /// two spaces; `flush` is offered what is written after each element of a list or object.
    func write(into out: inout [UInt8], pretty: Bool, indent: [UInt8], depth: Int, flush: (inout [UInt8]) -> Void) {
        func newline(_ depth: Int) { Self.newline(into: &out, indent: indent, depth: depth) }
        switch self {
        case .string(let text): StringLiteral.appendQuoted(text, to: &out)
        case .number(let value): out.append(contentsOf: String(value).utf8)
        case .bool(let value): out.append(contentsOf: (value ? "true" : "false").utf8)
        case .null: out.append(contentsOf: "null".utf8)
        case .array(let items): Self.writeArray(items, into: &out, pretty: pretty, indent: indent, depth: depth, flush: flush)
        case .object(let fields):
            if fields.isEmpty { return out.append(contentsOf: [0x7B, 0x7D]) }
            out.append(0x7B)
            for (index, field) in fields.enumerated() {
                if index > 0 { out.append(0x2C) }
                if pretty { newline(depth + 1) }
                StringLiteral.appendQuoted(field.0, to: &out)
                out.append(0x3A)
                if pretty { out.append(0x20) }
                field.1.write(into: &out, pretty: pretty, indent: indent, depth: depth + 1, flush: flush)
                flush(&out)
            }
            if pretty { newline(depth) }
            out.append(0x7D)
        }
    }

    private static func writeArray<Items: Sequence<JSONValue>>(
        _ items: Items, into out: inout [UInt8], pretty: Bool, indent: [UInt8], depth: Int, flush: (inout [UInt8]) -> Void
    ) {
        var isFirst = true
        for item in items {
            out.append(isFirst ? 0x5B : 0x2C)
            isFirst = false
            if pretty { newline(into: &out, indent: indent, depth: depth + 1) }
            item.write(into: &out, pretty: pretty, indent: indent, depth: depth + 1, flush: flush)
            flush(&out)
        }
        if isFirst { return out.append(contentsOf: [0x5B, 0x5D]) }
        if pretty { newline(into: &out, indent: indent, depth: depth) }
        out.append(0x5D)
    }

    /// A line break, then `indent` and `depth` levels of two spaces.
    private static func newline(into out: inout [UInt8], indent: [UInt8], depth: Int) {
        out.append(0x0A)
        out.append(contentsOf: indent)
        var spaces = 2 * depth
        while spaces > 0 {
            let run = min(spaces, Self.spaces.count)
            out.append(contentsOf: Self.spaces[..<run])
            spaces -= run
        }
    }

    private static let spaces = [UInt8](repeating: 0x20, count: 32)

    public static func quote(_ text: String) -> String { StringLiteral.quoted(text) }
}
