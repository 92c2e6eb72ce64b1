// Placeholder until the ProgressKit issue lands.
