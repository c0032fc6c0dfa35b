import Foundation

/// `git http-backend` (git's own smart HTTP server) behind HTTP basic authentication, on
/// 127.0.0.1 over plain HTTP, started by a test: a small Python server (standard library only)
/// runs the CGI program for each request.
///
/// Repositories listed in `passwords` answer only requests whose basic-auth password is theirs
/// (any user name), with 401 and `WWW-Authenticate` otherwise; the others are public. Every
/// request is logged (method, path, whether it carried credentials: never the credentials).
public final class HTTPGitServer: @unchecked Sendable {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    public let port: Int
    public let root: URL
    private let folder: TemporaryDirectory
    private let process: Process

    /// `https` with a throwaway self-signed certificate that no authority vouches for.
    public let selfSignedTLS: Bool

    /// Serves the bare or non-bare repositories below `root` at `http://127.0.0.1:<port>/<name>`
    /// (`https://` with `selfSignedTLS`). `passwords`: repository folder name → the password it
    /// demands.
    public init(serving root: URL, passwords: [String: String], selfSignedTLS: Bool = false) throws {
        self.root = root
        self.selfSignedTLS = selfSignedTLS
        folder = try TemporaryDirectory(prefix: "grade-http")
        let script = try folder.write(Self.script, to: "server.py")
        let rules = try folder.write(
            String(decoding: try JSONSerialization.data(withJSONObject: passwords), as: UTF8.self), to: "rules.json")
        var tls: [String] = []
        if selfSignedTLS {
            let certificate = folder.url.appendingPathComponent("cert.pem").path
            let key = folder.url.appendingPathComponent("key.pem").path
            let made = try Spawn.run([
                "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
                "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", key, "-out", certificate,
            ])
            guard made.status == 0 else {
                folder.remove()
                throw Failure(description: "openssl could not make a certificate: \(made.output)")
            }
            tls = [certificate, key]
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments =
            [
                "python3", script.path, root.path, rules.path, folder.url.appendingPathComponent("requests.log").path,
            ] + tls
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("GIT_") }
        environment["GIT_CONFIG_GLOBAL"] = "/dev/null"
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // The first line is the port the server listens on.
        var line = Data()
        while true {
            let byte = output.fileHandleForReading.readData(ofLength: 1)
            if byte.isEmpty || byte == Data("\n".utf8) { break }
            line.append(byte)
        }
        guard let port = Int(String(decoding: line, as: UTF8.self)) else {
            if process.isRunning { process.terminate() }
            process.waitUntilExit()
            folder.remove()
            throw Failure(description: "the test HTTP server did not start (python3 missing or failing)")
        }
        self.port = port
        self.process = process
    }

    /// `http://127.0.0.1:<port>/<name>` (`https://` with `selfSignedTLS`).
    public func url(_ name: String) -> String {
        "\(selfSignedTLS ? "https" : "http")://127.0.0.1:\(port)/\(name)"
    }

    /// One line per request: `GET /ann.git/info/refs auth=no`.
    public var requests: [String] {
        let text = (try? String(contentsOf: folder.url.appendingPathComponent("requests.log"), encoding: .utf8)) ?? ""
        return text.split(separator: "\n").map(String.init)
    }

    public func stop() {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
        folder.remove()
    }

    deinit {
        if process.isRunning {
            process.terminate()
        }
    }

    static let script = #"""
        import base64, http.server, json, os, re, ssl, subprocess, sys

        root, rules_file, log_file = sys.argv[1:4]
        with open(rules_file) as f:
            passwords = json.load(f)

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.0"

            def log_message(self, *args):
                pass

            def do_GET(self):
                self.serve()

            def do_POST(self):
                self.serve()

            def body(self):
                if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
                    data = b""
                    while True:
                        size = int(self.rfile.readline().strip().split(b";")[0], 16)
                        if size == 0:
                            self.rfile.readline()
                            return data
                        data += self.rfile.read(size)
                        self.rfile.readline()
                length = int(self.headers.get("Content-Length") or 0)
                return self.rfile.read(length) if length else b""

            def serve(self):
                path, _, query = self.path.partition("?")
                repository = path.lstrip("/").split("/")[0]
                authorization = self.headers.get("Authorization")
                with open(log_file, "a") as log:
                    log.write(f"{self.command} {path} auth={'yes' if authorization else 'no'}\n")
                wanted = passwords.get(repository)
                if wanted is not None:
                    given = None
                    if authorization and authorization.startswith("Basic "):
                        decoded = base64.b64decode(authorization[6:]).decode("utf-8", "replace")
                        given = decoded.partition(":")[2]
                    if given != wanted:
                        self.send_response(401)
                        self.send_header("WWW-Authenticate", 'Basic realm="grade test"')
                        self.send_header("Content-Length", "0")
                        self.end_headers()
                        return
                body = self.body()
                environment = {
                    "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
                    "GIT_PROJECT_ROOT": root,
                    "GIT_HTTP_EXPORT_ALL": "1",
                    "GIT_CONFIG_GLOBAL": "/dev/null",
                    "GIT_CONFIG_NOSYSTEM": "1",
                    "PATH_INFO": path,
                    "QUERY_STRING": query,
                    "REQUEST_METHOD": self.command,
                    "CONTENT_TYPE": self.headers.get("Content-Type", ""),
                    "CONTENT_LENGTH": str(len(body)),
                    "REMOTE_ADDR": "127.0.0.1",
                }
                for header, variable in [("Content-Encoding", "HTTP_CONTENT_ENCODING"), ("Git-Protocol", "GIT_PROTOCOL")]:
                    if self.headers.get(header):
                        environment[variable] = self.headers.get(header)
                output = subprocess.run(
                    ["git", "http-backend"], input=body, env=environment, capture_output=True).stdout
                head, _, payload = re.split(rb"(\r?\n\r?\n)", output, maxsplit=1) if re.search(rb"\r?\n\r?\n", output) else (output, b"", b"")
                status, headers = 200, []
                for line in re.split(rb"\r?\n", head):
                    name, _, value = line.decode("latin-1").partition(":")
                    if name.lower() == "status":
                        status = int(value.strip().split()[0])
                    elif name:
                        headers.append((name, value.strip()))
                self.send_response(status)
                for name, value in headers:
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        if len(sys.argv) > 5:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(sys.argv[4], sys.argv[5])
            server.socket = context.wrap_socket(server.socket, server_side=True)
        print(server.server_address[1], flush=True)
        server.serve_forever()

        """#
}
