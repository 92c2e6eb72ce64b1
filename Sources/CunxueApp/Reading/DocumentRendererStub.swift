import LessonKit
import TerminalKit

// Temporary: replaced by the renderer branch's DocumentRenderer.
public struct DocumentRenderer: Sendable {
    var imageLabel: String
    public init(imageLabel: String) { self.imageLabel = imageLabel }
    public func render(_ document: Document, width: Int) -> [StyledLine] {
        var lines: [StyledLine] = []
        for block in document.blocks {
            if !lines.isEmpty { lines.append(StyledLine()) }
            lines += LineWrapper.wrap(StyledLine(block.plainText), width: width)
        }
        return lines
    }
    public func render(_ inlines: [Inline], width: Int) -> [StyledLine] {
        LineWrapper.wrap(StyledLine(inlines.plainText), width: width)
    }
}
