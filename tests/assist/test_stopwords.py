from annotations.assist.stopwords import ENGLISH_STOP_WORDS


def test_the_stop_words_are_scikit_learns_own():
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS as upstream

    assert ENGLISH_STOP_WORDS == upstream


def test_matching_never_imports_scikit_learn_for_its_stop_words():
    import subprocess
    import sys

    code = ("import sys; from annotations.assist import matching; matching._stop_words(); "
            "matching.score('Inflation rose by 3%', 'Inflation rose 3%'); print('sklearn' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
