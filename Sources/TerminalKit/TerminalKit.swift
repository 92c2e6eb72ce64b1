// Placeholder until the TerminalKit issue lands.
