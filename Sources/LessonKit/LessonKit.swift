// Placeholder until the LessonKit issue lands.
