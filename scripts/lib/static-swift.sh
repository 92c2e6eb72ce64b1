# The swift build flags that link the Swift runtime into the program, so that a station PC
# needs no Swift. Source it from bash:  . "$root/scripts/lib/static-swift.sh"
# --static-swift-stdlib alone leaves Foundation's ICU and CoreFoundation archives unlinked in
# Swift 6.3-6.5 (swiftlang/swift-package-manager#10564), so they are named in a group.
# Used by scripts/install and scripts/package.
static_swift_flags=(--static-swift-stdlib -Xlinker --start-group -Xlinker -lFoundation
  -Xlinker -lFoundationInternationalization -Xlinker -lFoundationEssentials -Xlinker -lCoreFoundation
  -Xlinker -l_FoundationICU -Xlinker -l_FoundationCShims -Xlinker -l_FoundationCollections
  -Xlinker --end-group -Xlinker -lstdc++)
# Such builds get their own folder: objects compiled for a linked-in runtime import Foundation
# from swift_static and ask the linker for its archives (-lCoreFoundation...), so an ordinary
# build in .build that reused them (swift test, scripts/bench) would fail to link.
static_scratch_path="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/.build-static"
