/// The error underneath another one (a file that does not parse inside "corrupt article"), kept
/// whole so the outer sentence says it in the reader's language when the catalog knows it, and in
/// its own English words when it does not. The same value verify's findings keep as their reason:
/// one type for one idea.
public typealias ErrorCause = ViolationMessage.Reason
