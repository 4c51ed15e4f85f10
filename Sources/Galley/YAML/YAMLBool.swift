/// The one reading of a YAML boolean, for front matter and the rules files alike:
/// YAML 1.2's core schema (`true`, `True`, `TRUE`, `false`, `False`, `FALSE`), plain
/// style only. YAML 1.1's yes/no/on/off are text: Hugo and Galley would disagree on them.
enum YAMLBool {
    static func value(_ text: String) -> Bool? {
        switch text {
        case "true", "True", "TRUE": true
        case "false", "False", "FALSE": false
        default: nil
        }
    }
}
