"""Read a SmartDesk export: files, encodings, values, what each file is, a profile."""
