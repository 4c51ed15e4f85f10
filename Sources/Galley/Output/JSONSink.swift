/// Where a JSON document goes, one event at a time: the bytes of `JSONWriter`, or the tree of
/// `JSONTree`. A shape written once against this (the contract's article object, `ArticleJSON`)
/// is then both streamed to stdout and made a `JSONValue` (for CSV), from one list of fields.
public protocol JSONSink {
    mutating func beginObject()
    mutating func endObject()
    mutating func beginArray()
    mutating func endArray()
    /// The next field's name, inside an object; its value follows. Named apart from the
    /// `StaticString` form so that a literal (`sink.key("id")`) takes that one.
    mutating func key(named name: String)
    /// `key(named:)` for the contract's own names, which need no `String` made for them.
    mutating func key(_ name: StaticString)
    mutating func string(_ text: String)
    /// A time as its ISO 8601 string.
    mutating func timestamp(_ time: Timestamp)
    mutating func number(_ value: Int)
    mutating func bool(_ value: Bool)
    mutating func null()
}

extension JSONSink {
    /// The string, or `null` when there is none (the contract keeps every field, empty or not).
    public mutating func optional(_ text: String?) {
        if let text { string(text) } else { null() }
    }

    public mutating func optional(_ time: Timestamp?) {
        if let time { timestamp(time) } else { null() }
    }

    public mutating func strings(_ texts: [String]) {
        beginArray()
        for text in texts { string(text) }
        endArray()
    }

    /// A value already made as a tree (an event, a sync report), written through this sink.
    public mutating func value(_ value: JSONValue) {
        switch value {
        case .string(let text): string(text)
        case .number(let integer): number(integer)
        case .bool(let flag): bool(flag)
        case .null: null()
        case .array(let items):
            beginArray()
            for item in items { self.value(item) }
            endArray()
        case .object(let fields):
            beginObject()
            for (name, item) in fields {
                key(named: name)
                self.value(item)
            }
            endObject()
        }
    }
}
