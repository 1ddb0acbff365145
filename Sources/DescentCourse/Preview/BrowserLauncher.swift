import DescentText
import Dispatch

/// Opens an address in the desktop's browser with `xdg-open`, as a process of its own: it
/// inherits none of the preview's open files (above all its listening socket, which a browser
/// started from it would otherwise keep bound after the preview stops), starts in a process
/// group of its own with no signal blocked, and is reaped when it exits.
public enum BrowserLauncher {
    /// Whether `xdg-open` started.
    public static func open(_ address: String) -> Bool {
        closeDescriptorsOnExec()
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        posix_spawnattr_setsigmask(&attributes, &unblocked)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK))
        let arguments: [UnsafeMutablePointer<CChar>?] = ["xdg-open", address].map { (text: String) in strdup(text) }
        defer { for argument in arguments { free(argument) } }
        var process = pid_t()
        guard posix_spawnp(&process, "xdg-open", nil, &attributes, arguments + [nil], environ) == 0 else {
            return false
        }
        let started = process
        DispatchQueue.global(qos: .utility).async { waitpid(started, nil, 0) }
        return true
    }

    /// Marks every open descriptor above standard error close-on-exec (as listed in
    /// `/proc/self/fd`), so no program this process starts inherits it.
    static func closeDescriptorsOnExec() {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        for descriptor in names.compactMap({ Int32($0) }) where descriptor > 2 {
            let flags = fcntl(descriptor, F_GETFD)
            if flags >= 0 { _ = fcntl(descriptor, F_SETFD, flags | FD_CLOEXEC) }
        }
    }
}
