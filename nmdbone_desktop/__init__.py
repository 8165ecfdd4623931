"""NMD Bone Desktop: an offline bone-health assistant for neuromuscular clinics."""

__version__ = "0.1.0"
