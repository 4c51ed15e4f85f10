/// A `JSONSink` that keeps only the names of the top-level object's fields: a shape's CSV
/// columns, read off the one definition of the shape rather than listed a second time.
struct JSONKeys: JSONSink {
    private(set) var names: [String] = []
    private var depth = 0

    mutating func beginObject() { depth += 1 }
    mutating func endObject() { depth -= 1 }
    mutating func beginArray() { depth += 1 }
    mutating func endArray() { depth -= 1 }
    mutating func key(named name: String) { if depth == 1 { names.append(name) } }
    mutating func key(_ name: StaticString) { key(named: name.description) }
    mutating func string(_ text: String) {}
    mutating func timestamp(_ time: Timestamp) {}
    mutating func number(_ value: Int) {}
    mutating func bool(_ value: Bool) {}
    mutating func null() {}
}
