/// Adding a learner: the name, then an optional 4-digit PIN typed twice.
public struct NewLearnerForm: Sendable, Equatable {
    /// Which field is being typed.
    public enum Step: Sendable, Equatable {
        case name
        case pin
        case confirmPIN
    }

    /// The current step.
    public var step: Step = .name
    /// The name typed so far.
    public var name: String = ""
    /// The PIN typed first.
    public var pin: String = ""
    /// The PIN typed again.
    public var confirmation: String = ""
    /// What went wrong with the last try, shown under the field.
    public var problem: Notice?

    /// An empty form.
    public init() {}
}
