import TerminalKit

extension Chrome {
    /// "预览 — 不保存" at the right of the title line (over the learner's name), for
    /// `cunxue preview`.
    static func renderPreviewBanner(_ context: ScreenContext, into screen: inout Screen) {
        let banner = " " + context.strings.previewBanner + " "
        let width = DisplayWidth.of(banner)
        guard width < screen.size.width / 2 else { return }
        screen.put(banner, x: screen.size.width - width, y: 0, style: Theme.warning)
    }
}
