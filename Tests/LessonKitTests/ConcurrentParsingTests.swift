import Foundation
import Synchronization
import Testing
@testable import LessonKit

/// cmark-gfm is not thread-safe (its extensions keep their characters in one table of the whole
/// process), so `MarkdownParser` parses under a lock; parsing on several threads at once must give
/// exactly what parsing on one thread gives.
struct ConcurrentParsingTests {
    /// Strikethrough, two autolinks, a table and a task list: the parts the shared table drops.
    private static let text = """
        ~~删掉~~ 看 www.example.com 和 https://example.com/a ，~~也删~~。

        | 平台 | 费用 | 网址 |
        | --- | ---: | :---: |
        | 淘宝 | 免费 | www.taobao.com |
        | 拼多多 | ~~100~~ 0 | https://pinduoduo.com |

        - [x] 身份证
        - [ ] 营业执照

        """

    @Test func parsesOnSeveralThreadsAsOnOne() throws {
        let threads = 4
        let parsesPerThread = 750
        let expected = MarkdownParser().parse(Self.text)
        let differing = Mutex<[String]>([])
        let finished = DispatchGroup()
        for thread in 0..<threads {
            finished.enter()
            Thread.detachNewThread {
                for round in 0..<parsesPerThread where MarkdownParser().parse(Self.text) != expected {
                    differing.withLock { $0.append("thread \(thread), parse \(round)") }
                }
                finished.leave()
            }
        }
        finished.wait()
        let found = differing.withLock { $0 }
        print("ConcurrentParsingTests: \(threads) threads × \(parsesPerThread) parses, \(found.count) differed from the single-threaded parse\(found.isEmpty ? "" : "; first: \(found.prefix(5).joined(separator: "; "))")")
        #expect(found.count == 0, "\(found.count) of \(threads * parsesPerThread) parses differed; first: \(found.first ?? "")")
    }
}
