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
        var writer = JSONWriter(pretty: pretty, indent: indent)
        write(to: &writer) { _ in }
        return writer.take()
    }

    /// `utf8` given to `emit` in pieces of about `piece` bytes, as it is written: a long listing
    /// is then never whole in memory (16 MB of JSON for 20,000 articles, whose growing buffer
    /// cost page faults and copies).
    public func writeUTF8(pretty: Bool = true, piece: Int = 1 << 16, _ emit: ([UInt8]) -> Void) {
        var writer = JSONWriter(pretty: pretty, capacity: piece + piece / 4)
        write(to: &writer) { $0.flush(ifAtLeast: piece, emit) }
        let rest = writer.take()
        if !rest.isEmpty { emit(rest) }
    }

    /// `JSONValue.array(Array(items)).writeUTF8(…)`, each item made only when it is written and
    /// freed after: a listing's 20,000 article objects are never all alive at once, and freeing
    /// them together at the end was a tenth of its cost (issue 15).
    public static func writeUTF8Array<Items: Sequence<JSONValue>>(
        _ items: Items, pretty: Bool = true, piece: Int = 1 << 16, _ emit: ([UInt8]) -> Void
    ) {
        JSONWriter.writeArray(items, pretty: pretty, piece: piece, emit) { item, writer in
            item.write(to: &writer) { $0.flush(ifAtLeast: piece, emit) }
        }
    }

    public func write(into out: inout String, pretty: Bool, indent: String) {
        out += rendered(pretty: pretty, indent: indent)
    }

    /// Writes the value into `writer`; `flush` is offered the writer after each element of a
    /// list or object, so a long value can be handed on in pieces.
    func write(to writer: inout JSONWriter, flush: (inout JSONWriter) -> Void) {
        switch self {
        case .string(let text): writer.string(text)
        case .number(let value): writer.number(value)
        case .bool(let value): writer.bool(value)
        case .null: writer.null()
        case .array(let items):
            writer.beginArray()
            for item in items {
                item.write(to: &writer, flush: flush)
                flush(&writer)
            }
            writer.endArray()
        case .object(let fields):
            writer.beginObject()
            for (name, item) in fields {
                writer.key(named: name)
                item.write(to: &writer, flush: flush)
                flush(&writer)
            }
            writer.endObject()
        }
    }

    public static func quote(_ text: String) -> String { StringLiteral.quoted(text) }
}
