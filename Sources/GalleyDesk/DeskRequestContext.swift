import Hummingbird
import NIOCore

/// Hummingbird's request context plus the peer's address (for sign-in throttling).
struct DeskRequestContext: RequestContext, RemoteAddressRequestContext {
    var coreContext: CoreRequestContextStorage
    let remoteAddress: SocketAddress?

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
    }

    /// Article text is small; a form bigger than this is refused before it is read.
    var maxUploadSize: Int { 4 * 1024 * 1024 }
}
