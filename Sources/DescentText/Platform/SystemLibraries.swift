// Every Descent module reaches Foundation and the C library through DescentText, which
// re-exports them, so that no module imports the whole of Foundation by accident.
//
// On Linux that is FoundationEssentials alone (files, data, URLs, JSON, processes' info), not
// Foundation with its internationalisation and ICU: the static binary is about 40 % of the
// size, and each process starts with fewer relocations and a smaller table of protocol
// conformances to search (`descent bench` and `scripts/bench-nbconvert.sh` measure it). macOS,
// whose SDK has no separate FoundationEssentials, gets Foundation.
#if canImport(FoundationEssentials)
    @_exported import FoundationEssentials
#else
    @_exported import Foundation
#endif

#if canImport(Glibc)
    @_exported import Glibc
#elseif canImport(Musl)
    @_exported import Musl
#elseif canImport(Darwin)
    @_exported import Darwin
#endif
