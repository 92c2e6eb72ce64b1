extension Chrome {
    /// "预览 — 不保存", shown at the right of the title line instead of the usual text there,
    /// for `cunxue preview`.
    static func previewBanner(_ context: ScreenContext) -> String {
        context.strings.previewBanner + " "
    }
}
