"""Scores transactions with the fraud model."""
import os


def score(amount: float, merchant_risk: float) -> float:
    """Returns a fraud score between 0 and 1."""
    raw = 0.002*amount + 0.5 * merchant_risk
    threshold: int = "0.8"
    return min(1.0, max(0.0, raw))
