import Foundation
import Galley
import HTTPTypes
import Hummingbird
import Logging
import NIOCore

/// `galley serve`: the web desk on one address, for one newsroom, in one process.
public enum DeskServer {
    /// Serves until the process is told to stop (SIGINT, SIGTERM). `onListening` gets the
    /// address actually bound (port 0 picks a free one) and the newsroom's name; the library
    /// itself never prints.
    public static func run(
        _ configuration: DeskConfiguration, onListening: @escaping @Sendable (_ url: String, _ newsroom: String) -> Void
    ) async throws {
        let desk = try NewsroomDesk(configuration)
        let name = try await desk.run { (newsroom) throws(GalleyError) in try newsroom.snapshot().config.name }
        let routes = DeskRoutes(desk: desk, configuration: configuration)
        let router = Router(context: DeskRequestContext.self)
        if let name = configuration.proxyUserHeader {
            guard let header = HTTPField.Name(name) else { throw GalleyError(.invalidInput, .inputRule(.notAnHTTPHeaderName(name: name))) }
            router.add(middleware: ProxySignIn(routes: routes, header: header))
        }
        routes.register(on: router)
        var logger = Logger(label: "galley-desk")
        logger.logLevel = .error
        let app = Application(
            router: router,
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "galley"),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? configuration.port
                let host = configuration.host.contains(":") ? "[\(configuration.host)]" : configuration.host
                onListening("http://\(host):\(port)/", name)
            },
            logger: logger)
        try await app.runService()
    }
}
