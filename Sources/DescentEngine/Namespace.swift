// Placeholder so the target compiles until its issue lands.
