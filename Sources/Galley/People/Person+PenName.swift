extension Person {
    /// A pen name is a byline: one line, NFC, as long as a byline may be.
    public static func validPenName(_ text: String) throws(GalleyError) -> String {
        try TextInput.singleLine(text, what: .penName, maxLength: 120)
    }
}
