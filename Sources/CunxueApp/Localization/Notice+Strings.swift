extension Notice {
    /// A notice from one of the app's strings, in both languages.
    /// - Parameter text: picks the string, e.g. `{ $0.pinWrong }`.
    init(_ kind: Kind, _ text: (Strings) -> String) {
        self.init(kind, zh: text(Strings(.zh)), en: text(Strings(.en)))
    }
}
