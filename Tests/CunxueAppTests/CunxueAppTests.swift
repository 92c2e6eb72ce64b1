import Testing
@testable import CunxueApp
