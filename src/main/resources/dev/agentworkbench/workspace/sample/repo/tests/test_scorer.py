from src.scorer import score


def test_score_is_bounded():
    assert 0.0 <= score(10_000, 1.0) <= 1.0
