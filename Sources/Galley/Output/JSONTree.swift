/// A `JSONSink` that builds the `JSONValue` it is given: what CSV reads its cells from, so a
/// shape written once for the byte writer (`ArticleJSON`) is also the tree, field for field.
public struct JSONTree: JSONSink {
    /// The finished top-level value; `null` until one is complete.
    public private(set) var value: JSONValue = .null

    /// The objects and arrays still open, innermost last.
    private var open: [Container] = []

    private enum Container {
        case array([JSONValue])
        case object([(String, JSONValue)], key: String)
    }

    public init() {}

    public mutating func beginObject() { open.append(.object([], key: "")) }
    public mutating func beginArray() { open.append(.array([])) }

    public mutating func endObject() {
        guard case .object(let fields, _)? = open.popLast() else { return }
        add(.object(fields))
    }

    public mutating func endArray() {
        guard case .array(let items)? = open.popLast() else { return }
        add(.array(items))
    }

    public mutating func key(named name: String) {
        guard case .object(let fields, _)? = open.last else { return }
        open[open.count - 1] = .object(fields, key: name)
    }

    public mutating func key(_ name: StaticString) { key(named: name.description) }
    public mutating func string(_ text: String) { add(.string(text)) }
    public mutating func timestamp(_ time: Timestamp) { add(.string(time.iso8601)) }
    public mutating func number(_ value: Int) { add(.number(value)) }
    public mutating func bool(_ value: Bool) { add(.bool(value)) }
    public mutating func null() { add(.null) }

    /// A finished value goes into the innermost open container, or is the whole value.
    private mutating func add(_ item: JSONValue) {
        switch open.popLast() {
        case nil: value = item
        case .array(var items)?:
            items.append(item)
            open.append(.array(items))
        case .object(var fields, let key)?:
            fields.append((key, item))
            open.append(.object(fields, key: ""))
        }
    }
}
