import CGit2
import Foundation

/// libgit2's remote callbacks, each a C function that finds its `FetchSession` through the
/// payload pointer and asks it. The session must outlive every libgit2 call given these
/// callbacks (`withExtendedLifetime`).
enum RemoteCallbacks {
    static func make(for session: FetchSession) throws(GitError) -> git_remote_callbacks {
        var callbacks = git_remote_callbacks()
        try LibGit2.check(
            git_remote_init_callbacks(&callbacks, UInt32(GIT_REMOTE_CALLBACKS_VERSION)), "fetch",
            session.remote.clean)
        callbacks.payload = Unmanaged.passUnretained(session).toOpaque()
        callbacks.credentials = { out, _, user, allowed, payload in
            RemoteCallbacks.session(payload).credential(out, user: user.map { String(cString: $0) }, allowed: allowed)
        }
        callbacks.certificate_check = { certificate, _, host, payload in
            RemoteCallbacks.session(payload).certificate(certificate, host: host.map { String(cString: $0) })
        }
        callbacks.transfer_progress = { stats, payload in
            RemoteCallbacks.session(payload).progress(received: stats.map { Int($0.pointee.received_bytes) } ?? 0)
        }
        callbacks.sideband_progress = { _, _, payload in
            RemoteCallbacks.session(payload).checkClock()
        }
        return callbacks
    }

    private static func session(_ payload: UnsafeMutableRawPointer?) -> FetchSession {
        // Set by `make` above, on every callback libgit2 calls with this struct.
        Unmanaged<FetchSession>.fromOpaque(payload!).takeUnretainedValue()
    }
}
