/// An unknown front matter key kept verbatim (its source lines, without the final newline),
/// so Galley never drops what a site generator or a person added (e.g. Hugo's `image:`).
public struct ExtraField: Sendable, Equatable {
    public var key: String
    public var yaml: String

    public init(key: String, yaml: String) {
        self.key = key
        self.yaml = yaml
    }
}
