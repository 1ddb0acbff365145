import DescentText
import Testing

@testable import DescentCourse

@Suite struct BrowserLauncherTests {
    /// A browser started from the preview must not inherit its listening socket.
    @Test func openDescriptorsAreClosedInAStartedProgram() {
        var descriptors: [Int32] = [0, 0]
        #expect(pipe(&descriptors) == 0)
        defer { for descriptor in descriptors { close(descriptor) } }
        for descriptor in descriptors { #expect(fcntl(descriptor, F_GETFD) & FD_CLOEXEC == 0) }
        BrowserLauncher.closeDescriptorsOnExec()
        for descriptor in descriptors { #expect(fcntl(descriptor, F_GETFD) & FD_CLOEXEC != 0) }
    }
}
