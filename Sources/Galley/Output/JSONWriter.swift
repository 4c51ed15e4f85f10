/// JSON written straight into UTF-8 bytes, event by event: the one place that decides
/// separators, pretty-printing (two-space indent, `{}` and `[]` when empty) and, through
/// `StringLiteral`, escaping. `JSONValue` renders through it, and a listing writes each article
/// with it directly: building a tree of 23 fields per article and walking it was half of a
/// 20,000-row JSON listing (issue 15).
public struct JSONWriter: JSONSink {
    /// What is written so far; `flush` hands it on in pieces.
    private var bytes: ByteBuffer
    public let pretty: Bool
    /// Put after every line break before the indentation (`JSONValue.rendered(indent:)`).
    private let indent: [UInt8]
    /// How many objects and arrays are open.
    private var depth = 0
    /// Whether the innermost open object or array holds an element yet (a comma goes before the next).
    private var hasElements = false
    /// A key was written: the value that follows is that field's, not a new element.
    private var afterKey = false

    public init(pretty: Bool = true, indent: String = "", capacity: Int = 0) {
        self.pretty = pretty
        self.indent = Array(indent.utf8)
        bytes = ByteBuffer(capacity: capacity)
    }

    public mutating func beginObject() { open(0x7B) }
    public mutating func endObject() { close(0x7D) }
    public mutating func beginArray() { open(0x5B) }
    public mutating func endArray() { close(0x5D) }

    public mutating func key(named name: String) {
        startElement()
        StringLiteral.appendQuoted(name, to: &bytes)
        endKey()
    }

    /// A key the code spells: plain ASCII with nothing to escape (checked in debug builds), so its
    /// bytes go out as they are, without the scan every string gets (600,000 keys in a
    /// 20,000-row listing).
    public mutating func key(_ name: StaticString) {
        if indent.isEmpty, depth < 64 { return plainKey(name) }
        startElement()
        bytes.append(0x22)
        name.withUTF8Buffer { name in
            assert(!StringLiteral.mayNeedEscapes(name), "a JSON key the code spells needs no escapes")
            bytes.append(bytes: name)
        }
        bytes.append(0x22)
        endKey()
    }

    /// `key(_:)` with no indentation string (every listing): the comma, line break, spaces,
    /// quotes, colon and space stored in one run, where a call each was a fifth of a listing.
    private mutating func plainKey(_ name: StaticString) {
        let comma = hasElements
        let pretty = self.pretty
        let spaces = pretty ? 2 * depth : 0
        hasElements = true
        afterKey = true
        name.withUTF8Buffer { name in
            assert(!StringLiteral.mayNeedEscapes(name), "a JSON key the code spells needs no escapes")
            bytes.write(upTo: spaces + name.count + 6) { out in
                var at = 0
                if comma { out[at] = 0x2C; at += 1 }
                if pretty {
                    out[at] = 0x0A
                    (out + at + 1).update(repeating: 0x20, count: spaces)
                    at += 1 + spaces
                }
                out[at] = 0x22
                if let source = name.baseAddress { (out + at + 1).update(from: source, count: name.count) }
                at += 1 + name.count
                out[at] = 0x22
                out[at + 1] = 0x3A
                at += 2
                if pretty { out[at] = 0x20; at += 1 }
                return at
            }
        }
    }

    public mutating func string(_ text: String) {
        startValue()
        StringLiteral.appendQuoted(text, to: &bytes)
    }

    public mutating func timestamp(_ time: Timestamp) {
        startValue()
        // Digits, signs, `T` and colons: nothing in it is ever escaped.
        bytes.append(0x22)
        time.appendISO8601(to: &bytes)
        bytes.append(0x22)
    }

    public mutating func number(_ value: Int) {
        startValue()
        var digits = String(value)
        digits.withUTF8 { bytes.append(bytes: $0) }
    }

    public mutating func bool(_ value: Bool) {
        startValue()
        (value ? Self.trueBytes : Self.falseBytes).withUTF8Buffer { bytes.append(bytes: $0) }
    }

    public mutating func null() {
        startValue()
        Self.nullBytes.withUTF8Buffer { bytes.append(bytes: $0) }
    }

    /// Gives `emit` what is written once it is at least `piece` bytes, and goes on in the same
    /// storage: a long listing is written as it is made, never whole in memory.
    public mutating func flush(ifAtLeast piece: Int, _ emit: ([UInt8]) -> Void) {
        guard bytes.count >= piece, !bytes.isEmpty else { return }
        emit(bytes.written())
        bytes.removeAll()
    }

    /// Everything not flushed yet, and an empty buffer after.
    public mutating func take() -> [UInt8] {
        defer { bytes.removeAll() }
        return bytes.written()
    }

    private mutating func open(_ bracket: UInt8) {
        startValue()
        bytes.append(bracket)
        depth += 1
        hasElements = false
    }

    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        if hasElements && pretty { newline() }
        bytes.append(bracket)
        // Back in the enclosing object or array, which holds at least what was just closed.
        hasElements = true
    }

    /// Before a value: nothing after a key or at the top; otherwise it is an array's next element.
    private mutating func startValue() {
        if afterKey {
            afterKey = false
        } else if depth > 0 {
            startElement()
        }
    }

    /// The comma before every element but the first, then its line when pretty.
    private mutating func startElement() {
        if hasElements { bytes.append(0x2C) }
        hasElements = true
        if pretty { newline() }
    }

    private mutating func endKey() {
        bytes.append(0x3A)
        if pretty { bytes.append(0x20) }
        afterKey = true
    }

    /// A line break, then `indent` and two spaces for each open object or array.
    private mutating func newline() {
        let spaces = 2 * depth
        // One copy of a prefix of a literal (no reference count to touch): the generic append of
        // repeated spaces was a tenth of a JSON listing, and a slice of a shared array's retain
        // and release a twentieth (issue 15).
        if indent.isEmpty, spaces < Self.lineBreak.utf8CodeUnitCount {
            Self.lineBreak.withUTF8Buffer { bytes.append(bytes: UnsafeBufferPointer(rebasing: $0.prefix(1 + spaces))) }
            return
        }
        bytes.append(0x0A)
        if !indent.isEmpty { indent.withUnsafeBufferPointer { bytes.append(bytes: $0) } }
        for _ in 0..<spaces { bytes.append(0x20) }
    }

    /// A line break and the indentation of up to 31 open objects and arrays.
    private static let lineBreak: StaticString = "\n                                                              "
    private static let trueBytes: StaticString = "true"
    private static let falseBytes: StaticString = "false"
    private static let nullBytes: StaticString = "null"
}

extension JSONWriter {
    /// A pretty or compact JSON array of `items`, each written by `writeItem` when its turn comes
    /// and handed to `emit` in pieces of about `piece` bytes: a 20,000-row listing is never whole
    /// in memory, and no item outlives its own writing.
    public static func writeArray<Items: Sequence>(
        _ items: Items, pretty: Bool = true, piece: Int = 1 << 16, _ emit: ([UInt8]) -> Void,
        item writeItem: (Items.Element, inout JSONWriter) -> Void
    ) {
        var writer = JSONWriter(pretty: pretty, capacity: piece + piece / 4)
        writer.beginArray()
        // An array's items are lent to `writeItem` where they lie: taking each out through the
        // sequence's iterator copied it (a retain and a release of every string of an article,
        // ~3,000 instructions a row of a listing; issue 15).
        let lent: Void? = items.withContiguousStorageIfAvailable { items in
            for index in items.indices {
                writeItem(items[index], &writer)
                writer.flush(ifAtLeast: piece, emit)
            }
        }
        if lent == nil {
            for item in items {
                writeItem(item, &writer)
                writer.flush(ifAtLeast: piece, emit)
            }
        }
        writer.endArray()
        let rest = writer.take()
        if !rest.isEmpty { emit(rest) }
    }
}
