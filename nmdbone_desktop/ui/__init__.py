"""The PySide6 window: thin widgets over the services layer and the rules core."""
