"""The rules core: pure Python, no Qt, no I/O. Used by the window, the CLI, the letters and the tests."""
