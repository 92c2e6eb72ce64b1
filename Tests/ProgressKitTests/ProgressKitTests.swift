import Testing
@testable import ProgressKit
